//! `useit i18n`: translation coverage per language (filled in below).
