//! The HTTP client under every request: hyper's pooled HTTP/1.1 client over
//! TCP or TLS (rustls with Mozilla's roots plus the client's extra ones),
//! directly or through an HTTP(S) proxy. Built once per `Client`; `transport`
//! sends one attempt with it.
//!
//! Through a proxy, `https` targets are reached through a `CONNECT` tunnel
//! (TLS end to end) and plain `http` targets are sent to the proxy in
//! absolute form, with `Proxy-Authorization` when the proxy URL has
//! credentials.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use base64::Engine;
use bytes::Bytes;
use http::header::{HeaderValue, PROXY_AUTHORIZATION};
use http::{HeaderMap, Uri};
use http_body_util::Full;
use hyper_rustls::{HttpsConnector, HttpsConnectorBuilder};
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::rt::{TokioExecutor, TokioTimer};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::CertificateDer;

use crate::config::ClientConfig;
use crate::error::{Error, ErrorKind, Result};

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type Tls = HttpsConnector<HttpConnector>;

/// The pooled client and what every request through it needs.
pub(crate) struct Http {
    pub client: hyper_util::client::legacy::Client<Connector, Full<Bytes>>,
    /// `Proxy-Authorization` for plain-HTTP requests sent to a proxy in
    /// absolute form (tunnelled requests authenticate in `CONNECT`).
    plain_proxy_auth: Option<HeaderValue>,
}

impl Http {
    /// The client for `config`: its timeouts, proxy and extra roots. A
    /// proxy or certificate that cannot be used is an `invalid_argument_error`.
    pub fn new(config: &ClientConfig) -> Result<Http> {
        let tls = tls_config(&parse_roots(config.root_certificates.pem_bundles())?)?;
        let mut tcp = HttpConnector::new();
        tcp.enforce_http(false);
        tcp.set_nodelay(true);
        tcp.set_keepalive(Some(Duration::from_secs(60)));
        tcp.set_connect_timeout(Some(config.connect_timeout));
        let https = |inner: HttpConnector| -> Tls {
            HttpsConnectorBuilder::new().with_tls_config(tls.clone()).https_or_http().enable_http1().wrap_connector(inner)
        };
        let (route, plain_proxy_auth) = match &config.proxy {
            None => (Route::Direct(https(tcp)), None),
            Some(p) => {
                let proxy = ProxyTarget::parse(p.expose())?;
                let mut tunnel = Tunnel::new(proxy.uri.clone(), https(tcp.clone()));
                if let Some(auth) = &proxy.auth {
                    tunnel = tunnel.with_auth(auth.clone());
                }
                let tunnel = HttpsConnectorBuilder::new()
                    .with_tls_config(tls.clone())
                    .https_or_http()
                    .enable_http1()
                    .wrap_connector(tunnel);
                let route = Route::Proxy { proxy: proxy.uri, to_proxy: https(tcp), tunnel: Box::new(tunnel) };
                (route, proxy.auth)
            }
        };
        let client = hyper_util::client::legacy::Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(90))
            .pool_timer(TokioTimer::new())
            .build(Connector { route: Arc::new(route) });
        Ok(Http { client, plain_proxy_auth })
    }

    /// Headers a request to `uri` needs beyond its own: the proxy's
    /// credentials when it goes to the proxy in absolute form.
    pub fn add_route_headers(&self, uri: &Uri, headers: &mut HeaderMap) {
        if let Some(auth) = &self.plain_proxy_auth {
            if uri.scheme_str() != Some("https") {
                headers.insert(PROXY_AUTHORIZATION, auth.clone());
            }
        }
    }
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

/// A proxy URL split into where to connect and the credentials to send.
struct ProxyTarget {
    uri: Uri,
    auth: Option<HeaderValue>,
}

impl ProxyTarget {
    fn parse(raw: &str) -> Result<ProxyTarget> {
        let bad = |why: String| Error::invalid_argument("proxy", format!("proxy is not usable: {why}"));
        let url = url::Url::parse(raw).map_err(|e| bad(e.to_string()))?;
        let host = url.host_str().filter(|h| !h.is_empty()).ok_or_else(|| bad("it has no host".into()))?;
        let port = url.port_or_known_default().ok_or_else(|| bad("it has no port".into()))?;
        let uri: Uri = format!("{}://{host}:{port}", url.scheme()).parse().map_err(|e: http::uri::InvalidUri| bad(e.to_string()))?;
        let auth = if url.username().is_empty() && url.password().is_none() {
            None
        } else {
            let decode = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
            let pair = format!("{}:{}", decode(url.username()), decode(url.password().unwrap_or("")));
            let value = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(pair));
            let mut value = HeaderValue::from_str(&value).map_err(|_| bad("its credentials are not a valid header".into()))?;
            value.set_sensitive(true);
            Some(value)
        };
        Ok(ProxyTarget { uri, auth })
    }
}

/// How connections are opened.
enum Route {
    Direct(Tls),
    Proxy {
        proxy: Uri,
        /// To the proxy itself (plain-HTTP targets, absolute form).
        to_proxy: Tls,
        /// Through the proxy with `CONNECT`, then TLS to the target.
        tunnel: Box<HttpsConnector<Tunnel<Tls>>>,
    },
}

/// The connector of the pooled client.
#[derive(Clone)]
pub(crate) struct Connector {
    route: Arc<Route>,
}

impl tower_service::Service<Uri> for Connector {
    type Response = Conn;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = std::result::Result<Conn, BoxError>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<std::result::Result<(), BoxError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, dst: Uri) -> Self::Future {
        let route = self.route.clone();
        Box::pin(async move {
            match &*route {
                Route::Direct(tls) => Ok(Conn::new(tls.clone().call(dst).await?, false)),
                Route::Proxy { tunnel, .. } if dst.scheme_str() == Some("https") => {
                    Ok(Conn::new(tunnel.clone().call(dst).await?, false))
                }
                Route::Proxy { proxy, to_proxy, .. } => Ok(Conn::new(to_proxy.clone().call(proxy.clone()).await?, true)),
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
