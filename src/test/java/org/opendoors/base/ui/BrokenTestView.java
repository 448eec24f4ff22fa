package org.opendoors.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that fails in an unexpected way, as a bug would; exists in tests only. */
@Route(value = "test/broken", autoLayout = false)
@AnonymousAllowed
class BrokenTestView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException("Simulated failure while opening the page");
    }
}
