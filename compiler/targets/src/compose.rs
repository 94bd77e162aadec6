//! Composition: a component whose imports are satisfied by the exports of other components, fused into
//! one component (what `wac plug` does), with the `wasm-compose` crate.

use std::path::Path;

use crate::TargetError;

/// Plugs `providers` into `consumer`'s imports. `scratch` is a directory for the files that
/// `wasm-compose` reads; the result is returned, not written.
pub fn compose(consumer: &[u8], providers: &[Vec<u8>], scratch: &Path) -> Result<Vec<u8>, TargetError> {
    let error = |message: String| TargetError::Component(message);
    std::fs::create_dir_all(scratch).map_err(|e| error(format!("creating {}: {e}", scratch.display())))?;
    let consumer_path = scratch.join("consumer.wasm");
    std::fs::write(&consumer_path, consumer).map_err(|e| error(format!("writing {}: {e}", consumer_path.display())))?;
    let mut definitions = Vec::new();
    for (index, provider) in providers.iter().enumerate() {
        let path = scratch.join(format!("provider{index}.wasm"));
        std::fs::write(&path, provider).map_err(|e| error(format!("writing {}: {e}", path.display())))?;
        definitions.push(path);
    }
    let config = wasm_compose::config::Config { dir: scratch.to_path_buf(), definitions, ..Default::default() };
    wasm_compose::composer::ComponentComposer::new(&consumer_path, &config)
        .compose()
        .map_err(|e| TargetError::Compose(format!("{e:#}")))
}
