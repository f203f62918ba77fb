//! String enums that keep values they do not know (`Unknown(String)`), so a
//! newer API version never breaks deserialisation.

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A value this version of the library does not know.
            Unknown(String),
        }

        impl $name {
            /// Every value this version knows, in API spelling.
            pub const KNOWN: &'static [&'static str] = &[$($text),+];

            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $text,)+
                    $name::Unknown(s) => s.as_str(),
                }
            }

            pub fn is_unknown(&self) -> bool {
                matches!(self, $name::Unknown(_))
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                match s {
                    $($text => $name::$variant,)+
                    other => $name::Unknown(other.to_string()),
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok($name::from(s))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                Ok($name::from(s.as_ref()))
            }
        }
    };
}

string_enum! {
    /// `status` of a PaymentIntent.
    Status {
        RequiresPaymentMethod => "requires_payment_method",
        RequiresConfirmation => "requires_confirmation",
        RequiresAction => "requires_action",
        Processing => "processing",
        RequiresCapture => "requires_capture",
        Canceled => "canceled",
        Succeeded => "succeeded",
    }
}

string_enum! {
    /// `capture_method`.
    CaptureMethod {
        Automatic => "automatic",
        AutomaticAsync => "automatic_async",
        Manual => "manual",
    }
}

string_enum! {
    /// `confirmation_method`.
    ConfirmationMethod {
        Automatic => "automatic",
        Manual => "manual",
    }
}

string_enum! {
    /// `cancellation_reason` as reported on the object. The cancel endpoint
    /// accepts only [`CancellationReason::REQUESTABLE`].
    CancellationReason {
        Abandoned => "abandoned",
        Automatic => "automatic",
        Duplicate => "duplicate",
        FailedInvoice => "failed_invoice",
        Fraudulent => "fraudulent",
        RequestedByCustomer => "requested_by_customer",
        VoidInvoice => "void_invoice",
    }
}

impl CancellationReason {
    /// The values a caller may send to the cancel endpoint.
    pub const REQUESTABLE: &'static [&'static str] =
        &["abandoned", "duplicate", "fraudulent", "requested_by_customer"];
}

string_enum! {
    /// `setup_future_usage`. On update and confirm, [`SetupFutureUsage::Unset`]
    /// sends an empty string, which clears the value already on the
    /// PaymentIntent (`setup_future_usage=` on the form wire, `""` in JSON).
    SetupFutureUsage {
        OffSession => "off_session",
        OnSession => "on_session",
        /// Clear the value (update and confirm only).
        Unset => "",
    }
}

impl SetupFutureUsage {
    /// The values a PaymentIntent can hold (every known value but `Unset`).
    pub const SETTABLE: &'static [&'static str] = &["off_session", "on_session"];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown_values_round_trip() {
        let s: Status = serde_json::from_str("\"requires_capture\"").unwrap();
        assert_eq!(s, Status::RequiresCapture);
        let s: Status = serde_json::from_str("\"awaiting_magic\"").unwrap();
        assert_eq!(s, Status::Unknown("awaiting_magic".into()));
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"awaiting_magic\"");
        assert!(s.is_unknown());
        let r: CancellationReason = "expired".parse().unwrap();
        assert_eq!(r.as_str(), "expired");
        assert_eq!(CaptureMethod::KNOWN.len(), 3);
        let unset: SetupFutureUsage = serde_json::from_str("\"\"").unwrap();
        assert_eq!(unset, SetupFutureUsage::Unset);
        assert_eq!(serde_json::to_string(&SetupFutureUsage::Unset).unwrap(), "\"\"");
    }
}
