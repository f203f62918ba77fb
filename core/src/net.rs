//! The HTTP client under every request: hyper's pooled HTTP/1.1 client over
//! TCP or TLS (rustls with Mozilla's roots plus the client's extra ones),
//! directly or through an HTTP(S) proxy. Built once per `Client`; `transport`
//! sends one attempt with it.
//!
//! The proxy is the client's `proxy` option, else the one the environment
//! names (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, lower case too, minus the
//! hosts of `NO_PROXY`). Through a proxy, `https` targets are reached through
//! a `CONNECT` tunnel (TLS end to end) and plain `http` targets are sent to
//! the proxy in absolute form, with `Proxy-Authorization` when the proxy URL
//! has credentials.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::header::PROXY_AUTHORIZATION;
use http::{HeaderMap, Uri};
use http_body_util::Full;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::client::proxy::matcher::Matcher;
use hyper_util::rt::TokioTimer;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::CertificateDer;

use crate::config::ClientConfig;
use crate::error::{Error, ErrorKind, Result};

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type Tls = HttpsConnector<HttpConnector>;

/// The pooled client and what every request through it needs.
pub(crate) struct Http {
    pub client: hyper_util::client::legacy::Client<Connector, Full<Bytes>>,
    /// Which destinations go through which proxy (`None`: no proxy at all).
    proxies: Option<Arc<Matcher>>,
}

impl Http {
    /// The client for `config`: its timeouts, proxy and extra roots. A
    /// proxy or certificate that cannot be used is an `invalid_argument_error`.
    pub fn new(config: &ClientConfig) -> Result<Http> {
        let mut tls = tls_config(&parse_roots(config.root_certificates.pem_bundles())?)?;
        tls.alpn_protocols = vec![b"http/1.1".to_vec()];
        let tls = Arc::new(tls);
        let mut tcp = HttpConnector::new();
        tcp.enforce_http(false);
        tcp.set_nodelay(true);
        tcp.set_keepalive(Some(Duration::from_secs(60)));
        tcp.set_connect_timeout(Some(config.connect_timeout));
        let proxies = match &config.proxy {
            Some(p) => Some(explicit_proxy(p.expose())?),
            None => environment_proxies(),
        }
        .map(Arc::new);
        let connector = Connector { direct: HttpsConnector::from((tcp, tls.clone())), tls, proxies: proxies.clone() };
        let client = hyper_util::client::legacy::Client::builder(Exec)
            .pool_idle_timeout(Duration::from_secs(90))
            .pool_timer(TokioTimer::new())
            .build(connector);
        Ok(Http { client, proxies })
    }

    /// Headers a request to `uri` needs beyond its own: the proxy's
    /// credentials when it goes to a proxy in absolute form (tunnelled
    /// requests authenticate in `CONNECT`).
    pub fn add_route_headers(&self, uri: &Uri, headers: &mut HeaderMap) {
        let Some(proxies) = &self.proxies else { return };
        if uri.scheme_str() == Some("https") {
            return;
        }
        if let Some(auth) = proxies.intercept(uri).and_then(|p| p.basic_auth().cloned()) {
            let mut auth = auth;
            auth.set_sensitive(true);
            headers.insert(PROXY_AUTHORIZATION, auth);
        }
    }
}

/// Runs the client's connections on the runtime they were opened on; inside
/// a driven runtime's turn they are counted (see `driven`).
#[derive(Clone, Copy)]
struct Exec;

impl<F> hyper::rt::Executor<F> for Exec
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    fn execute(&self, fut: F) {
        #[cfg(unix)]
        crate::driven::spawn_here(fut);
        #[cfg(not(unix))]
        drop(tokio::spawn(fut));
    }
}

/// The client's own `proxy` option, for every destination.
fn explicit_proxy(raw: &str) -> Result<Matcher> {
    let matcher = Matcher::builder().all(raw.to_string()).build();
    let probe = Uri::from_static("https://api.stripe.com");
    match matcher.intercept(&probe) {
        Some(p) if matches!(p.uri().scheme_str(), Some("http" | "https")) => Ok(matcher),
        _ => Err(Error::invalid_argument("proxy", "proxy is not usable: expected http://[user:password@]host:port")),
    }
}

/// The proxies the environment names, if it names any.
fn environment_proxies() -> Option<Matcher> {
    const NAMES: [&str; 6] = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"];
    NAMES
        .iter()
        .any(|n| std::env::var_os(n).is_some_and(|v| !v.is_empty()))
        .then(Matcher::from_env)
}

/// Every certificate of every PEM bundle; an unreadable or empty bundle is an
/// `invalid_argument_error` on `root_certificates`.
pub(crate) fn parse_roots(bundles: &[Vec<u8>]) -> Result<Vec<CertificateDer<'static>>> {
    let mut all = Vec::new();
    for pem in bundles {
        let certs = CertificateDer::pem_slice_iter(pem).collect::<std::result::Result<Vec<_>, _>>().map_err(|e| {
            Error::invalid_argument("root_certificates", format!("a root certificate bundle is not valid PEM: {e}"))
        })?;
        if certs.is_empty() {
            return Err(Error::invalid_argument(
                "root_certificates",
                "a root certificate bundle holds no certificate (expected -----BEGIN CERTIFICATE-----)",
            ));
        }
        all.extend(certs);
    }
    Ok(all)
}

fn tls_config(extra: &[CertificateDer<'static>]) -> Result<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    for cert in extra {
        roots.add(cert.clone()).map_err(|e| {
            Error::invalid_argument("root_certificates", format!("a root certificate could not be used: {e}"))
        })?;
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::new(ErrorKind::Connection, format!("could not set up TLS: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(config)
}

/// The connector of the pooled client: opens a connection to a destination,
/// directly or through its proxy.
#[derive(Clone)]
pub(crate) struct Connector {
    direct: Tls,
    tls: Arc<rustls::ClientConfig>,
    proxies: Option<Arc<Matcher>>,
}

impl tower_service::Service<Uri> for Connector {
    type Response = Conn;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = std::result::Result<Conn, BoxError>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<std::result::Result<(), BoxError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, dst: Uri) -> Self::Future {
        let this = self.clone();
        Box::pin(async move {
            let Some(proxy) = this.proxies.as_ref().and_then(|m| m.intercept(&dst)) else {
                return Ok(Conn::new(this.direct.clone().call(dst).await?, false));
            };
            let via = proxy.uri().clone();
            if !matches!(via.scheme_str(), Some("http" | "https")) {
                return Err(format!("proxy {}://{} is not an HTTP proxy", via.scheme_str().unwrap_or(""), via.authority().map_or("", |a| a.host())).into());
            }
            if dst.scheme_str() == Some("https") {
                let mut tunnel = Tunnel::new(via, this.direct.clone());
                if let Some(auth) = proxy.basic_auth() {
                    tunnel = tunnel.with_auth(auth.clone());
                }
                let mut through = HttpsConnector::from((tunnel, this.tls.clone()));
                Ok(Conn::new(through.call(dst).await?, false))
            } else {
                Ok(Conn::new(this.direct.clone().call(via).await?, true))
            }
        })
    }
}

/// A connection's byte stream, whatever layers it has.
trait Io: hyper::rt::Read + hyper::rt::Write + Connection + Send + Unpin {}
impl<T: hyper::rt::Read + hyper::rt::Write + Connection + Send + Unpin> Io for T {}

/// One open connection; `proxied` makes hyper write requests in absolute form.
pub(crate) struct Conn {
    io: Box<dyn Io>,
    proxied: bool,
}

impl Conn {
    fn new(io: impl Io + 'static, proxied: bool) -> Conn {
        Conn { io: Box::new(io), proxied }
    }
}

impl Connection for Conn {
    fn connected(&self) -> Connected {
        self.io.connected().proxy(self.proxied)
    }
}

impl hyper::rt::Read for Conn {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: hyper::rt::ReadBufCursor<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut *self.get_mut().io).poll_read(cx, buf)
    }
}

impl hyper::rt::Write for Conn {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut *self.get_mut().io).poll_write(cx, buf)
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut *self.get_mut().io).poll_flush(cx)
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut *self.get_mut().io).poll_shutdown(cx)
    }
    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }
    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut *self.get_mut().io).poll_write_vectored(cx, bufs)
    }
}
