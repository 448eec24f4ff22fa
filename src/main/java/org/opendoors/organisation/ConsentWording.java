package org.opendoors.organisation;

/**
 * The questions as the forms word them. The forms show these and the consent history keeps the one shown, so a
 * change of wording later does not rewrite what someone agreed to.
 */
public final class ConsentWording {

    public static final String CONTACT = "The council's engagement team may contact us about opportunities and events";
    public static final String WALL_AT_REGISTRATION = "Show our organisation on the public pledge wall once our pledge is approved";
    public static final String WALL_ON_PROFILE = "Show our organisation on the public pledge wall while our pledge is in force";

    private ConsentWording() {
    }

    static String shown(ConsentType type, ConsentMethod method) {
        return switch (type) {
            case CONTACT -> method == ConsentMethod.IMPORT ? imported("contact_consent") : CONTACT;
            case PLEDGE_WALL -> switch (method) {
                case REGISTRATION -> WALL_AT_REGISTRATION;
                case IMPORT -> imported("wall_consent");
                default -> WALL_ON_PROFILE;
            };
        };
    }

    private static String imported(String column) {
        return "Imported from a CSV file: column " + column + " (no answer means no)";
    }
}
