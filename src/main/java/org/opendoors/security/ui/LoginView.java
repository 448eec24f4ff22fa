package org.opendoors.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** Sign in with e-mail address and password. Spring Security checks the form post. */
@Route(value = "login", layout = PublicLayout.class, autoLayout = false)
@PageTitle("Sign in – Open Doors")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("form-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("The e-mail address or password is incorrect",
                "Check them and try again. After several failed attempts, sign-in pauses for a few minutes."));
        add(new H1("Sign in to Open Doors"), form, new Paragraph(new Anchor("forgot-password", "Forgot your password?")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("home");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof LoginThrottledException throttled) {
                form.setI18n(i18n("Too many failed sign-in attempts",
                        "For your security, sign-in is paused. Try again in " + throttled.retryAfterMinutes()
                                + " minute" + (throttled.retryAfterMinutes() == 1 ? "" : "s") + "."));
            }
            form.setError(true);
        }
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail address");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
