package org.opendoors.base.audit;

import org.hibernate.envers.RevisionListener;
import org.opendoors.base.SystemTask;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Stamps each revision with the signed-in user's name (their e-mail); "anonymous" for a request nobody signed in to
 * (a public form); "system" for work the application started itself, such as a listener running after a commit.
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).setUsername(whoChanged());
    }

    private static String whoChanged() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            return authentication.getName();
        }
        return RequestContextHolder.getRequestAttributes() == null ? SystemTask.SYSTEM_USER : "anonymous";
    }
}
