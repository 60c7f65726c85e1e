//! What every page around its content needs: translator, navigation, the signed-in user,
//! the CSRF token for its forms, and the hashed asset paths.

use workvoice_domain::{Language, Millis};

use crate::assets;
use crate::auth::cookies;
use crate::auth::current::{MaybeSession, Staff};
use crate::i18n::Tr;
use crate::state::AppState;

pub struct LanguageChoice {
    pub code: &'static str,
    pub name: String,
    pub selected: bool,
}

pub struct Chrome {
    pub tr: Tr,
    pub lang: &'static str,
    /// Signed-in user's display name; `None` on the login page.
    pub user_name: Option<String>,
    pub csrf: String,
    pub css: String,
    pub js: String,
    pub languages: Vec<LanguageChoice>,
    /// Which navigation entry is current (`"cases"`, `"new"`, `"search"`, `"home"`).
    pub section: &'static str,
    /// The navigation shows the helpline's case pages.
    pub helpline_nav: bool,
    /// The navigation shows the awareness programme's pages.
    pub programme_nav: bool,
    /// Where the language switch returns to: this page (no `Referer` leaves a browser
    /// told `no-referrer`, so the form carries it).
    pub back: String,
}

tokio::task_local! {
    /// The path (and query) of the page a GET request asked for, set by the page
    /// middleware for the duration of the request.
    pub static PAGE: String;
}

impl Chrome {
    pub fn new(tr: Tr, user_name: Option<String>, csrf: String, section: &'static str) -> Chrome {
        Chrome {
            tr,
            lang: tr.language.code(),
            user_name,
            csrf,
            css: assets::css_path(),
            js: assets::js_path(),
            languages: Language::ALL
                .into_iter()
                .map(|l| LanguageChoice {
                    code: l.code(),
                    name: Tr::native_name(l),
                    selected: l == tr.language,
                })
                .collect(),
            section,
            helpline_nav: true,
            programme_nav: false,
            back: PAGE
                .try_with(Clone::clone)
                .unwrap_or_else(|_| "/".to_owned()),
        }
    }

    pub fn staff(staff: &Staff, section: &'static str) -> Chrome {
        let role = staff.user.role;
        Chrome {
            helpline_nav: role.is_helpline_staff(),
            programme_nav: role.runs_awareness_programme(),
            ..Chrome::new(
                staff.tr(),
                Some(staff.user.display_name.clone()),
                staff.csrf_token.clone(),
                section,
            )
        }
    }

    /// The chrome of a page anyone may open (the public statistics, the good-practice
    /// library): a signed-in user's own, else the pre-session token the language switch
    /// needs (as on the login page), with the cookie to set when it is new.
    pub fn public(
        state: &AppState,
        session: Option<axum::Extension<MaybeSession>>,
        language: Language,
        headers: &axum::http::HeaderMap,
        section: &'static str,
    ) -> (Chrome, Option<String>) {
        if let Some(s) = session.and_then(|axum::Extension(MaybeSession(s))| s) {
            let role = s.user.role;
            let chrome = Chrome {
                helpline_nav: role.is_helpline_staff(),
                programme_nav: role.runs_awareness_programme(),
                ..Chrome::new(
                    Tr::new(s.user.language),
                    Some(s.user.display_name.clone()),
                    s.csrf_token.clone(),
                    section,
                )
            };
            return (chrome, None);
        }
        let name = cookies::pre_session_name(&state.config);
        let (token, set) = match cookies::read(headers, name) {
            Some(t) => (t, None),
            None => {
                let t = workvoice_store::crypt::random_token();
                let c = cookies::build(&state.config, name, &t, "/", None);
                (t, Some(c))
            }
        };
        (Chrome::new(Tr::new(language), None, token, section), set)
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    pub fn when(&self, at: &Millis, time_zone: &str) -> String {
        self.tr.datetime(*at, time_zone)
    }

    pub fn aria_current(&self, section: &str) -> &'static str {
        if self.section == section {
            "page"
        } else {
            "false"
        }
    }
}
