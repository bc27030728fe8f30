package org.gcmkg.extract;

/** What an organization is to the reporting state, from its kind and its state. */
public enum OrganizationRole {
    /** The national government of the reporting state: the report's author, not an agency. */
    REPORTING_GOVERNMENT,
    /** A public body or the government of the reporting state. */
    PUBLIC_AGENCY,
    /** An academic, private or civil-society body of the reporting state. */
    DOMESTIC_PARTNER,
    /** Anything international or of another state. */
    INTERNATIONAL_PARTNER;

    /** The role of an organization for the report of {@code country}. */
    public static OrganizationRole of(Entity organization, Entity country) {
        if (Subjects.isReportingState(organization, country)) {
            return REPORTING_GOVERNMENT;
        }
        if (isHomeBody(organization, country)) {
            return PUBLIC_AGENCY;
        }
        return organization.country().equals(country.country()) ? DOMESTIC_PARTNER : INTERNATIONAL_PARTNER;
    }

    /** Whether an organization is a public body or the government of the reporting state. */
    public static boolean isHomeBody(Entity organization, Entity country) {
        return (organization.kind().equals("public-body") || organization.kind().equals("government"))
                && organization.country().equals(country.country());
    }
}
