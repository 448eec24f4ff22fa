package org.opendoors.base.ui;

import org.opendoors.base.FieldValidationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A button's one service command, the house way: run it, tell the user it worked, refresh what the page shows.
 * A refused command puts its message at the field it names (or in a notification) and keeps what was typed;
 * a command beaten by a colleague's change says so and shows the page as it now stands.
 */
public final class UserAction {

    private final Runnable refresh;
    private FieldErrors errors = new FieldErrors();
    private String stale = "Someone changed this in the meantime; here it is as it stands now.";
    private boolean refreshWhenStale = true;
    private boolean refreshAfterRefusal;

    private UserAction(Runnable refresh) {
        this.refresh = refresh;
    }

    /** Actions that {@code refresh} the page after they succeed. */
    public static UserAction thenRefresh(Runnable refresh) {
        return new UserAction(refresh);
    }

    /** Where a refusal naming a field is shown. */
    public UserAction errorsAt(FieldErrors fieldErrors) {
        this.errors = fieldErrors;
        return this;
    }

    /** What to say when a colleague changed the record first; the page then shows it as it now stands. */
    public UserAction whenStale(String message) {
        this.stale = message;
        return this;
    }

    /** What to say when a colleague changed the record first, keeping the page (and what was typed) as it is. */
    public UserAction whenStaleKeepTyping(String message) {
        this.stale = message;
        this.refreshWhenStale = false;
        return this;
    }

    /** Refresh after a refusal too: for pages with nothing typed to keep, where the refusal may mean things moved on. */
    public UserAction refreshAfterRefusal() {
        this.refreshAfterRefusal = true;
        return this;
    }

    /** Runs {@code command}; true when it worked. */
    public boolean run(Runnable command, String success) {
        errors.clear();
        try {
            command.run();
        } catch (FieldValidationException refused) {
            errors.show(refused);
            if (refreshAfterRefusal) {
                refresh.run();
            }
            return false;
        } catch (OptimisticLockingFailureException changed) {
            FieldErrors.showProblem(stale);
            if (refreshWhenStale) {
                refresh.run();
            }
            return false;
        }
        FieldErrors.showSuccess(success);
        refresh.run();
        return true;
    }
}
