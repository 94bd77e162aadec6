//! `kiln serve`: runs a component of the `wasi:http/proxy` world as an HTTP server on the embedded
//! Wasmtime, one fresh instance per request (as `wasmtime serve` does), with `wasmtime-wasi-http` as
//! the host side of `wasi:http` and hyper answering HTTP/1.1 on a TCP listener.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Result, anyhow};
use hyper::server::conn::http1;
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::io::TokioIo;
use wasmtime_wasi_http::p2::bindings::ProxyPre;
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::p2::body::HyperOutgoingBody;
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

use crate::Grants;

struct RequestState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    hooks: NoOutgoingRequests,
}

/// The handlers `kiln serve` runs answer requests; requests of their own (`wasi:http/outgoing-handler`)
/// are denied, which keeps a TLS stack out of Kiln.
struct NoOutgoingRequests;

type ResponseFuture = Box<dyn std::future::Future<Output = Result<(), wasmtime_wasi_http::Error>> + Send>;

impl wasmtime_wasi_http::WasiHttpHooks for NoOutgoingRequests {
    fn send_request(
        &mut self,
        _request: http::Request<wasmtime_wasi_http::WasiBody>,
        _options: Option<wasmtime_wasi_http::RequestOptions>,
        _response: ResponseFuture,
    ) -> Box<
        dyn std::future::Future<
                Output = Result<(http::Response<wasmtime_wasi_http::WasiBody>, ResponseFuture), wasmtime_wasi_http::Error>,
            > + Send,
    > {
        Box::new(async { Err(wasmtime_wasi_http::Error::HttpRequestDenied) })
    }
}

impl WasiView for RequestState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl WasiHttpView for RequestState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView { ctx: &mut self.http, table: &mut self.table, hooks: &mut self.hooks }
    }
}

struct Server {
    pre: ProxyPre<RequestState>,
    grants: Grants,
}

impl Server {
    fn state(&self) -> Result<RequestState> {
        let mut builder = WasiCtx::builder();
        builder.inherit_stdio();
        self.grants.grant_to(&mut builder)?;
        Ok(RequestState {
            wasi: builder.build(),
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            hooks: NoOutgoingRequests,
        })
    }

    async fn handle(
        self: Arc<Self>,
        request: hyper::Request<hyper::body::Incoming>,
    ) -> Result<hyper::Response<HyperOutgoingBody>> {
        let mut store = Store::new(self.pre.engine(), self.state()?);
        let (sender, receiver) = tokio::sync::oneshot::channel();
        let incoming =
            store.data_mut().http().new_incoming_request(Scheme::Http, request).map_err(|error| anyhow!("{error:?}"))?;
        let outparam = store.data_mut().http().new_response_outparam(sender).map_err(|error| anyhow!("{error:?}"))?;
        let pre = self.pre.clone();
        // The guest may go on writing the body after it has set the response: it runs in a task of its own.
        let task = tokio::task::spawn(async move {
            let proxy = pre.instantiate_async(&mut store).await?;
            proxy.wasi_http_incoming_handler().call_handle(&mut store, incoming, outparam).await
        });
        match receiver.await {
            Ok(Ok(response)) => Ok(response),
            Ok(Err(code)) => Err(anyhow!("the component answered with the error {code:?}")),
            Err(_) => {
                let reason = match task.await {
                    Ok(Ok(())) => anyhow!("the component returned without setting a response"),
                    Ok(Err(error)) => anyhow!("{error:?}"),
                    Err(error) => error.into(),
                };
                Err(reason.context("the component set no response"))
            }
        }
    }
}

/// Serves a component on `address` until the process ends. `on_listening` hears the bound address
/// (the port is chosen by the system when `address` asks for port 0).
pub fn serve(engine: &Engine, bytes: &[u8], address: &str, grants: &Grants, on_listening: impl FnOnce(SocketAddr)) -> Result<()> {
    let component = Component::new(engine, bytes).map_err(|error| anyhow!("loading the component: {error:?}"))?;
    let mut linker = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker).map_err(|error| anyhow!("adding WASI to the linker: {error:?}"))?;
    wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)
        .map_err(|error| anyhow!("adding WASI HTTP to the linker: {error:?}"))?;
    let pre = linker.instantiate_pre(&component).map_err(|error| anyhow!("the component does not fit the host: {error:?}"))?;
    let pre =
        ProxyPre::new(pre).map_err(|error| anyhow!("the component does not export `wasi:http/incoming-handler`: {error:?}"))?;
    let server = Arc::new(Server { pre, grants: grants.clone() });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_io()
        .build()
        .map_err(|error| anyhow!("starting the async runtime: {error}"))?;
    runtime.block_on(async move {
        let listener =
            tokio::net::TcpListener::bind(address).await.map_err(|error| anyhow!("listening on {address}: {error}"))?;
        on_listening(listener.local_addr()?);
        loop {
            let (client, _) = listener.accept().await?;
            let server = server.clone();
            tokio::task::spawn(async move {
                let service = hyper::service::service_fn(move |request| server.clone().handle(request));
                if let Err(error) = http1::Builder::new().keep_alive(true).serve_connection(TokioIo::new(client), service).await {
                    eprintln!("error: serving a connection: {error:?}");
                }
            });
        }
    })
}
