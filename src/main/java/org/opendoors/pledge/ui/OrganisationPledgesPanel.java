package org.opendoors.pledge.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.opendoors.organisation.OrganisationPanel;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeService;

/** The organisation page's "Pledges" section, with a link to each pledge and its history. */
@org.springframework.stereotype.Component
class OrganisationPledgesPanel implements OrganisationPanel {

    private final PledgeService pledges;

    OrganisationPledgesPanel(PledgeService pledges) {
        this.pledges = pledges;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(long organisationId) {
        List<Pledge> all = pledges.pledgesOf(organisationId);
        Div panel = new Div(new H2("Pledges"));
        if (all.isEmpty()) {
            panel.add(new Paragraph("No pledges yet."));
            return panel;
        }
        UnorderedList list = new UnorderedList();
        for (Pledge pledge : all) {
            list.add(new ListItem(new RouterLink(pledge.reference() + " – " + pledge.getStatus().label(), PledgeReviewView.class,
                    new RouteParameters("pledgeId", String.valueOf(pledge.getId())))));
        }
        panel.add(list);
        return panel;
    }
}
