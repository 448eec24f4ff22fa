package org.opendoors.strategy.ui;

import com.vaadin.flow.component.html.Span;
import org.opendoors.security.CurrentUser;
import org.opendoors.security.Role;
import org.opendoors.socialvalue.Grade;

/** Small pieces the strategy views share. */
final class StrategyUi {

    private StrategyUi() {
    }

    /** A grade as its colour with its text label (never colour alone). */
    static Span gradeTag(Grade grade) {
        if (grade == null) {
            Span none = new Span("Not graded yet");
            none.addClassName("status-tag");
            return none;
        }
        Span tag = new Span(grade.label());
        tag.addClassName("status-tag");
        tag.getStyle().set("background", grade.colour()).set("color", "#ffffff");
        return tag;
    }

    /** The engagement team and administrators set plans up; leadership only reads. */
    static boolean canEdit(CurrentUser currentUser) {
        return currentUser.get().map(u -> u.hasRole(Role.ENGAGEMENT) || u.hasRole(Role.ADMIN)).orElse(false);
    }

    static String stale(String what) {
        return "A colleague changed this " + what + " in the meantime. Reload the page to see their changes; what you typed is still here.";
    }
}
