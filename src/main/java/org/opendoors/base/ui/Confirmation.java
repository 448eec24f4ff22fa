package org.opendoors.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * "Are you sure?" before a step that cannot simply be undone: a modal dialog (focus moves in, Escape or the
 * keep button closes it) whose confirm button says what will happen and whose other button says what is kept.
 */
public final class Confirmation {

    private Confirmation() {
    }

    public static void ask(String question, String consequence, String confirm, String keep, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(question, consequence, confirm, e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText(keep);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
