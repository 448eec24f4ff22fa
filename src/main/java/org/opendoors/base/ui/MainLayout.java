package org.opendoors.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.opendoors.base.brand.Brand;

/**
 * The signed-in frame: brand, a menu of the views this user may open (from {@code @Menu} entries,
 * filtered by access control), the user's name, change password and sign out. Imports no feature.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public static final String CHANGE_PASSWORD_ROUTE = "account/password";
    public static final String YOUR_DATA_ROUTE = "account/data";

    private final Div content = new Div();

    MainLayout(Brand brand, AuthenticationContext authentication) {
        setPrimarySection(Section.NAVBAR);
        content.setId(SkipLink.TARGET_ID);
        content.getElement().setAttribute("tabindex", "-1");
        content.addClassName("page");
        setContent(content);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        Image logo = new Image("brand/logo", "");
        logo.setHeight("2rem");
        Anchor home = new Anchor("home", logo, new Span(brand.serviceName()));
        home.addClassName("brand-name");
        Span council = new Span(brand.councilName());
        council.getStyle().set("margin-inline-start", "var(--lumo-space-m)");
        Div spacer = new Div();
        spacer.getStyle().set("flex", "1");
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        Anchor changePassword = new Anchor(CHANGE_PASSWORD_ROUTE, "Change password");
        changePassword.getStyle().set("margin", "0 var(--lumo-space-m)");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div bar = new Div(SkipLink.create(), toggle, home, council, spacer, user, changePassword, signOut);
        bar.getStyle().set("display", "flex").set("align-items", "center").set("width", "100%")
                .set("padding-inline-end", "var(--lumo-space-m)");
        addToNavbar(bar);
        addToDrawer(menu());
    }

    private static SideNav menu() {
        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        return nav;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
