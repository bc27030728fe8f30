package org.gcmkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the gcmkg ontology ({@code ontology/gcmkg.ttl}). Every constant here is declared there, with
 * English and Spanish labels and a definition; a test holds the two together.
 */
public final class GCM {
    /** The ontology IRI; it is also the document the ontology is served from. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/gcmkg/ontology";
    /** Namespace of the ontology's classes and properties. */
    public static final String NS = ONTOLOGY_IRI + "#";
    /** Preferred prefix of {@link #NS}. */
    public static final String PREFIX = "gcm";

    private GCM() {}

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Report = cls("Report");
    public static final Resource ReportSection = cls("ReportSection");
    public static final Resource ObjectiveSection = cls("ObjectiveSection");
    public static final Resource Footnote = cls("Footnote");
    public static final Resource Objective = cls("Objective");
    public static final Resource ReportedAction = cls("ReportedAction");
    public static final Resource FutureGoal = cls("FutureGoal");
    public static final Resource Program = cls("Program");
    public static final Resource ProgramKind = cls("ProgramKind");
    public static final Resource PublicAgency = cls("PublicAgency");
    public static final Resource InternationalPartner = cls("InternationalPartner");
    public static final Resource DomesticPartner = cls("DomesticPartner");
    public static final Resource ReportingGovernment = cls("ReportingGovernment");
    public static final Resource OrganizationKind = cls("OrganizationKind");
    public static final Resource Place = cls("Place");
    public static final Resource Country = cls("Country");
    public static final Resource Subdivision = cls("Subdivision");
    public static final Resource City = cls("City");
    public static final Resource Region = cls("Region");
    public static final Resource ReportedFigure = cls("ReportedFigure");
    public static final Resource SourceSpan = cls("SourceSpan");

    // Report structure
    public static final Property hasSection = prop("hasSection");
    public static final Property inReport = prop("inReport");
    public static final Property aboutObjective = prop("aboutObjective");
    public static final Property hasAction = prop("hasAction");
    public static final Property hasGoal = prop("hasGoal");
    public static final Property hasFootnote = prop("hasFootnote");
    public static final Property underObjective = prop("underObjective");
    public static final Property goalOf = prop("goalOf");
    public static final Property inSection = prop("inSection");
    public static final Property position = prop("position");
    public static final Property objectiveNumber = prop("objectiveNumber");
    public static final Property footnoteNumber = prop("footnoteNumber");
    public static final Property reportingCountry = prop("reportingCountry");
    public static final Property sha256 = prop("sha256");
    public static final Property lineNumber = prop("lineNumber");

    // What actions and goals mention
    public static final Property mentions = prop("mentions");

    // Programs, organizations, places
    public static final Property addresses = prop("addresses");
    public static final Property runs = prop("runs");
    public static final Property participatesIn = prop("participatesIn");
    public static final Property carriedOutWith = prop("carriedOutWith");
    public static final Property fundedBy = prop("fundedBy");
    public static final Property programKind = prop("programKind");
    public static final Property organizationKind = prop("organizationKind");
    public static final Property locatedIn = prop("locatedIn");
    public static final Property country = prop("country");
    public static final Property acronym = prop("acronym");
    public static final Property inGazetteer = prop("inGazetteer");
    public static final Property m49Code = prop("m49Code");
    public static final Property isoAlpha3 = prop("isoAlpha3");

    // Figures
    public static final Property aboutProgram = prop("aboutProgram");
    public static final Property actingAgency = prop("actingAgency");
    public static final Property reportedIn = prop("reportedIn");
    public static final Property figureText = prop("figureText");
    public static final Property periodText = prop("periodText");
    public static final Property periodStart = prop("periodStart");
    public static final Property periodEnd = prop("periodEnd");
    public static final Property asOf = prop("asOf");
    public static final Property approximate = prop("approximate");

    // Network measures
    public static final Resource NetworkProjection = cls("NetworkProjection");
    public static final Resource NodeMeasurement = cls("NodeMeasurement");
    public static final Property ofNode = prop("ofNode");
    public static final Property inProjection = prop("inProjection");
    public static final Property degree = prop("degree");
    public static final Property weightedDegree = prop("weightedDegree");
    public static final Property betweenness = prop("betweenness");
    public static final Property closeness = prop("closeness");
    public static final Property component = prop("component");
    public static final Property community = prop("community");
}
