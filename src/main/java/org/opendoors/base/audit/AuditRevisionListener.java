package org.opendoors.base.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user's name (their e-mail), "system", or "anonymous". */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ((AuditRevision) revision).setUsername(authentication == null ? "anonymous" : authentication.getName());
    }
}
