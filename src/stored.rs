//! Stored enums, declared once: a closed set of values kept in the database as text, each with
//! the i18n key of its name. `stored_enum!` writes what every such enum needs (`ALL`, `as_str`,
//! `parse`, `label_key`) so a new variant is one line and the three can never disagree.

/// Declares a stored enum. Each variant names its stored text and, optionally for the whole
/// enum, the i18n key of its label (`Variant = "text" => "label-key"`). Unknown text parses to
/// `None`; a caller that must carry on picks its own fallback with `parse_or`.
#[macro_export]
macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal => $label:literal ),+ $(,)?
        }
    ) => {
        $crate::stored_enum! {
            $(#[$meta])*
            $vis enum $name { $( $(#[$vmeta])* $variant = $text ),+ }
        }

        impl $name {
            /// The i18n key of this value's name.
            pub fn label_key(self) -> &'static str {
                match self {
                    $( Self::$variant => $label ),+
                }
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [Self; [$( $text ),+].len()] = [$( Self::$variant ),+];

            /// The stored form.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( Self::$variant => $text ),+
                }
            }

            /// Parses stored or submitted text; unknown text is `None`.
            pub fn parse(text: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|value| value.as_str() == text)
            }

            /// Parses stored text, taking `fallback` for text this version does not know.
            pub fn parse_or(text: &str, fallback: Self) -> Self {
                Self::parse(text).unwrap_or(fallback)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::stored_enum! {
        /// A test enum.
        enum Colour {
            /// Red.
            Red = "red" => "colour-red",
            /// Dark blue.
            DarkBlue = "dark_blue" => "colour-dark-blue",
        }
    }

    #[test]
    fn values_round_trip_and_unknown_text_is_refused() {
        assert_eq!(Colour::ALL, [Colour::Red, Colour::DarkBlue]);
        for colour in Colour::ALL {
            assert_eq!(Colour::parse(colour.as_str()), Some(colour));
        }
        assert_eq!(Colour::parse("green"), None);
        assert_eq!(Colour::parse_or("green", Colour::Red), Colour::Red);
        assert_eq!(Colour::DarkBlue.label_key(), "colour-dark-blue");
    }
}
