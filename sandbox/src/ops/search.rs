//! `GET /v1/payment_intents/search`: the intents matching a search query,
//! paged with opaque `next_page` tokens.

use base64::Engine;
use serde_json::{json, Value};

use crate::reply::{missing_param, Reply, R};
use crate::search_query::SearchQuery;
use crate::store::{Intent, Store};
use crate::wire::Params;

use super::expand::Expansions;
use super::fields::limit;

impl Store {
    pub fn search(&self, acct: &str, p: &Params, expand: &Expansions) -> R<Value> {
        let query = p.string("query")?.ok_or_else(|| missing_param("query"))?;
        let limit = limit(p)?;
        let offset = match p.string("page")?.filter(|s| !s.is_empty()) {
            None => 0,
            Some(t) => decode_page(&t).ok_or_else(|| {
                Reply::invalid(
                    "page",
                    "parameter_invalid_string",
                    "Invalid page: use the next_page value of a previous search.",
                )
            })?,
        };
        let filter = SearchQuery::parse(&query)?;
        let all: Vec<&Intent> = self.sorted(acct).into_iter().filter(|i| filter.matches(&i.obj)).collect();
        let total = all.len();
        let page: Vec<&Intent> = all.into_iter().skip(offset).take(limit).collect();
        let has_more = offset + page.len() < total;
        let data: Vec<Value> = page.into_iter().map(|i| self.expand(acct, i, expand)).collect();
        let next = if has_more { Value::from(encode_page(offset + limit)) } else { Value::Null };
        let mut out = json!({"object": "search_result", "data": data, "has_more": has_more, "next_page": next,
                             "url": "/v1/payment_intents/search"});
        // Like the API, the count is only computed when asked for.
        if expand.total_count {
            out["total_count"] = total.into();
        }
        Ok(out)
    }
}

fn encode_page(offset: usize) -> String {
    format!("page_{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("sandbox:{offset}")))
}

fn decode_page(token: &str) -> Option<usize> {
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(token.strip_prefix("page_")?).ok()?;
    String::from_utf8(raw).ok()?.strip_prefix("sandbox:")?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_tokens_round_trip() {
        assert_eq!(decode_page(&encode_page(20)), Some(20));
        assert_eq!(decode_page("page_20"), None);
    }
}
