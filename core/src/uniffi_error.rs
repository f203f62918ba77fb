//! The error Swift and Kotlin see (feature `uniffi`): one variant per error
//! kind, named by the class name every language uses for that kind
//! (`CardError`, `PermissionError`, ...; Kotlin's generator spells them
//! `...Exception`), each carrying the same `ErrorDetails`. The variants come
//! from the description's error table (`with_error_kinds!`, generated).

use crate::error::{Error, ErrorKind};
use crate::ffi::ErrorDetails;

macro_rules! kind_error {
    ($($variant:ident => $kind:ident),+ $(,)?) => {
        /// Every payintent failure. The variant is the error kind; `details.kind`
        /// repeats it as the stable code shared with the other languages.
        #[derive(Debug, uniffi::Error)]
        #[allow(clippy::upper_case_acronyms)]
        pub enum PayIntentError {
            $(
                #[allow(missing_docs)]
                $variant { details: ErrorDetails },
            )+
        }

        impl PayIntentError {
            /// The fields of the error, whichever its kind.
            pub fn details(&self) -> &ErrorDetails {
                match self {
                    $(PayIntentError::$variant { details })|+ => details,
                }
            }

            /// The kind of the error.
            pub fn kind(&self) -> ErrorKind {
                match self {
                    $(PayIntentError::$variant { .. } => ErrorKind::$kind,)+
                }
            }

            /// The name of the variant (the kind's class name).
            pub fn variant_name(&self) -> &'static str {
                match self {
                    $(PayIntentError::$variant { .. } => stringify!($variant),)+
                }
            }
        }

        impl From<Error> for PayIntentError {
            fn from(e: Error) -> Self {
                let kind = e.kind;
                let details = ErrorDetails::from(e);
                match kind {
                    $(ErrorKind::$kind => PayIntentError::$variant { details },)+
                }
            }
        }
    };
}

crate::generated::errors::with_error_kinds!(kind_error);

impl std::fmt::Display for PayIntentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.details(), f)
    }
}

impl std::error::Error for PayIntentError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_variant() {
        for kind in ErrorKind::ALL {
            let e = PayIntentError::from(Error::new(kind, "x"));
            assert_eq!(e.kind(), kind);
            assert_eq!(e.details().kind, kind.as_str());
            assert_eq!(e.variant_name(), kind.class_name(), "Swift/Kotlin name the kind as every language does");
        }
    }
}
