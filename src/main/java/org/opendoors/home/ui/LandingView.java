package org.opendoors.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.opendoors.base.DeploymentMode;
import org.opendoors.base.brand.Brand;
import org.opendoors.base.ui.PublicLayout;
import org.opendoors.demo.DemoAccounts;

/** What Open Doors is, in plain English, and the way in. Signed-in users go straight to their home. */
@Route(value = "", layout = PublicLayout.class, autoLayout = false)
@PageTitle("Open Doors – employers supporting care leavers into work")
@AnonymousAllowed
class LandingView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    LandingView(Brand brand, DeploymentMode mode, AuthenticationContext authentication) {
        this.authentication = authentication;
        add(new H1("Open doors for young people leaving care"),
                new Paragraph(brand.councilName() + " is committed to creating meaningful career pathways for "
                        + "care leavers, and invites local employers, partners and contractors to join in."),
                new H2("What you can pledge"),
                commitments(),
                new Paragraph("Together, we can make a lasting difference by opening doors and removing barriers "
                        + "for care-experienced young people in our community."),
                new H2("Make a pledge"),
                new Paragraph("Register your organisation, choose what you can offer, and get a pledge certificate "
                        + "once the council's engagement team has approved it. It takes about 10 minutes."),
                new Anchor("register", "Register your organisation"),
                new Paragraph(new Anchor("pledge-wall", "See who has pledged already")),
                new Paragraph(new Anchor("events", "Come to an event: pledge breakfasts, insight sessions, careers fairs")),
                new H2("Already registered?"),
                new Anchor("login", "Sign in to Open Doors"));
        if (mode.isDemo()) {
            add(demoAccounts());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("home");
        }
    }

    private static UnorderedList commitments() {
        return new UnorderedList(
                new ListItem("Promote roles in your organisation that suit care leavers"),
                new ListItem("Offer paid or unpaid work experience, work trials and placements"),
                new ListItem("Create apprenticeships ringfenced for care-experienced young people"),
                new ListItem("Fund travel, training or equipment to help someone into work"),
                new ListItem("Run CV clinics, mock interviews and workplace tours"),
                new ListItem("Come to engagement events and share what works"));
    }

    private static Div demoAccounts() {
        Div demo = new Div(new H2("Demo accounts"),
                new Paragraph("This is a demonstration with made-up data. Sign in as any of these users:"));
        Element table = new Element("table");
        table.getClassList().add("demo-users");
        table.appendChild(row("th", "Role", "E-mail address", "Password"));
        DemoAccounts.ALL.forEach(a -> table.appendChild(row("td", a.roleLabel(), a.email(), DemoAccounts.PASSWORD)));
        demo.getElement().appendChild(table);
        return demo;
    }

    private static Element row(String cellTag, String... cells) {
        Element row = new Element("tr");
        for (String cell : cells) {
            row.appendChild(new Element(cellTag).setText(cell));
        }
        return row;
    }
}
