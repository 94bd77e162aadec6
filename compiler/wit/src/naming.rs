//! How WIT names become IR names: packages become Java packages, interfaces and types classes, functions
//! and fields camelCase members (docs/components.md, "Names").

use wit_parser::{PackageName, Resolve, TypeId, TypeOwner, WorldId};

/// `my-org:my-pkg` → `my_org.my_pkg` (the version is left out: one program binds one version).
pub fn java_package(name: &PackageName) -> String {
    format!("{}.{}", identifier(&name.namespace), identifier(&name.name))
}

/// A kebab-case WIT name as a Java identifier: dashes become underscores.
fn identifier(name: &str) -> String {
    name.replace('-', "_")
}

/// `get-arguments` → `getArguments` (`upper_first`: `GetArguments`).
pub fn camel(name: &str, upper_first: bool) -> String {
    let mut result = String::new();
    let mut upper = upper_first;
    for character in name.chars() {
        if character == '-' {
            upper = true;
        } else if upper {
            result.extend(character.to_uppercase());
            upper = false;
        } else {
            result.push(character);
        }
    }
    result
}

/// A function's or field's member name.
pub fn member_name(name: &str) -> String {
    camel(name, false)
}

/// The class of an interface: `ns:pkg/iface` → `ns.pkg.Iface`; an interface without a package (inline in
/// a world) takes the world's package.
pub fn interface_class(resolve: &Resolve, interface: wit_parser::InterfaceId, world: WorldId) -> String {
    let item = &resolve.interfaces[interface];
    let package = item.package.or(resolve.worlds[world].package);
    let prefix = package.map(|package| java_package(&resolve.packages[package].name)).unwrap_or_else(|| "wit".into());
    let name = item.name.clone().unwrap_or_else(|| format!("interface{}", interface.index()));
    format!("{prefix}.{}", camel(&name, true))
}

/// The class of a world's own functions and types: `ns:pkg/my-world` → `ns.pkg.MyWorld`.
pub fn world_class(resolve: &Resolve, world: WorldId) -> String {
    let item = &resolve.worlds[world];
    let prefix = item.package.map(|package| java_package(&resolve.packages[package].name)).unwrap_or_else(|| "wit".into());
    format!("{prefix}.{}", camel(&item.name, true))
}

/// The class of a named type: its owner's class, `$`, the type's name in UpperCamelCase.
pub fn type_class(resolve: &Resolve, id: TypeId, world: WorldId) -> String {
    let def = &resolve.types[id];
    let owner = match def.owner {
        TypeOwner::Interface(interface) => interface_class(resolve, interface, world),
        TypeOwner::World(owner_world) => world_class(resolve, owner_world),
        TypeOwner::None => "wit.Anonymous".into(),
    };
    let name = def.name.clone().unwrap_or_else(|| format!("type{}", id.index()));
    format!("{owner}${}", camel(&name, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_camel_case() {
        assert_eq!(camel("get-arguments", false), "getArguments");
        assert_eq!(camel("incoming-handler", true), "IncomingHandler");
        assert_eq!(camel("x", true), "X");
        assert_eq!(member_name("greet"), "greet");
    }

    #[test]
    fn packages_become_java_packages() {
        let name = PackageName { namespace: "my-org".into(), name: "my-pkg".into(), version: None };
        assert_eq!(java_package(&name), "my_org.my_pkg");
    }
}
