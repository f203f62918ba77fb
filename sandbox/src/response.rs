//! HTTP responses with a JSON body, for API and control answers alike.

use bytes::Bytes;
use http_body_util::Full;
use hyper::Response;
use serde_json::Value;

pub fn respond(status: u16, body: &Value, headers: &[(&str, String)]) -> Response<Full<Bytes>> {
    let mut b = Response::builder().status(status).header("content-type", "application/json");
    for (k, v) in headers {
        if let Ok(v) = hyper::header::HeaderValue::from_str(v) {
            b = b.header(*k, v);
        }
    }
    b.body(Full::new(Bytes::from(body.to_string()))).expect("valid response")
}
