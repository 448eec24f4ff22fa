package org.opendoors.brokerage.ui;

import org.opendoors.base.ui.LinkLanding;
import org.opendoors.base.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.brokerage.AskService;
import org.opendoors.brokerage.EngagementAsk;
import org.opendoors.security.InvalidLinkException;

/**
 * Where the accept and decline links in an ask's e-mail lead. Opening the link changes nothing (mail scanners
 * open links too): the answer is given with the button.
 */
@Route(value = "ask/:token/:answer(accept|decline)", layout = PublicLayout.class, autoLayout = false)
@PageTitle("Answer a request – Open Doors")
@AnonymousAllowed
class AskAnswerView extends Div implements BeforeEnterObserver {

    private final AskService asks;

    AskAnswerView(AskService asks) {
        this.asks = asks;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        boolean accept = "accept".equals(event.getRouteParameters().get("answer").orElse(""));
        LinkLanding.show(this, InvalidLinkException.class, () -> {
            EngagementAsk ask = asks.checkLink(token);
            Button answer = new Button(accept ? "Yes, we can do it" : "No, we cannot do it this time", e -> answer(token, accept));
            answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            return new Component[] {new H1(accept ? "Accept this request?" : "Decline this request?"),
                    new Paragraph("Proposed for " + Formats.shortDayAndTime(ask.getProposedAt())
                            + (ask.getDetails() == null ? "." : ": " + ask.getDetails())), answer};
        }, new Anchor("login", "Sign in"));
    }

    private void answer(String token, boolean accept) {
        LinkLanding.show(this, InvalidLinkException.class, () -> {
            asks.answerByLink(token, accept);
            return new Component[] {new H1(accept ? "Thank you: you accepted" : "You declined"),
                    new Paragraph(accept ? "The engagement team will be in touch to confirm the details."
                            : "Thank you for letting us know. We may ask again another time.")};
        }, new Anchor("login", "Sign in"));
    }

}
