package org.gcmkg.extract;

import static org.gcmkg.extract.DiscourseRulesTest.read;
import static org.gcmkg.extract.DiscourseRulesTest.relations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of docs/report-format.md that say who acts, beyond the sentence that names the program. */
class WhoActsRulesTest {

    @BeforeAll
    static void load() throws Exception {
        DiscourseRulesTest.gazetteer = Gazetteer.load(Path.of("data"));
    }

    @Test
    void theOwnerNamedAfterAProgramIsNotTheSubjectOfItsSentence() throws Exception {
        Set<String> found = relations(
                read(
                        "- En materia de trata, el INM elaboró un protocolo interno. Impulsó la "
                                + "campaña *Libertad sin engaños ni promesas falsas* de la Comisión Nacional de los Derechos Humanos."));
        assertTrue(found.contains("inm RUNS campana-libertad-sin-enganos"), found.toString());
        assertTrue(found.contains("cndh RUNS campana-libertad-sin-enganos"), found.toString());
    }

    @Test
    void theSubjectOfTheNextSentenceActsOnAProgramNamedWithNoActor() throws Exception {
        Set<String> found =
                relations(read("- Otra forma de apertura de cuentas es mediante Acuerdos Banco-Consulado. La "
                        + "Red Consular Mexicana negocia con los bancos, con la finalidad de que la Matrícula Consular tenga "
                        + "validez oficial."));
        assertTrue(found.contains("red-consular-mexicana RUNS acuerdos-banco-consulado"), found.toString());
    }

    @Test
    void aSubjectActingOnItsOwnProgramDoesNotReachBackToTheSentenceBefore() throws Exception {
        Set<String> found = relations(read("- Se cuenta con el Programa Paisano. La SRE desarrolló MiConsulmex."));
        assertTrue(found.contains("sre RUNS miconsulmex"), found.toString());
        assertFalse(found.contains("sre RUNS programa-paisano"), found.toString());
    }

    @Test
    void aLineOpeningWithAVerbAndNoSubjectGoesOnWithTheActorOfTheLineBefore() throws Exception {
        Set<String> found = relations(read("- La SRE opera el Sistema Integral de Protección Consular (SIPC).\n"
                + "- También utilizan el Sistema Integral de Administración Consular (SIAC)."));
        assertTrue(found.contains("sre RUNS siac"), found.toString());
    }

    @Test
    void anImpersonalLineDoesNotGoOnWithTheActorOfTheLineBefore() throws Exception {
        Set<String> found = relations(read("- La SRE opera el Sistema Integral de Protección Consular (SIPC).\n"
                + "- Además, se implementa el Sistema Integral de Administración Consular (SIAC)."));
        assertFalse(found.contains("sre RUNS siac"), found.toString());
    }

    @Test
    void anElidedSubjectIsAThirdPersonVerbFollowedByAnArticleOrPreposition() {
        assertEquals(
                List.of(true, true, true, false, false, false),
                List.of(
                        ElidedSubject.opens("También utilizan el Sistema"), ElidedSubject.opens("Impulsó la Campaña"),
                        ElidedSubject.opens("Además participó en Comités"),
                                ElidedSubject.opens("Además, se implementa la"),
                        ElidedSubject.opens("Durante el año"), ElidedSubject.opens("La SRE opera el")));
    }

    @Test
    void theBodyASystemServesTakesPartInIt() throws Exception {
        Set<String> found = relations(read("- La SRE opera el Sistema Integral de Protección Consular (SIPC) el cual "
                + "permite a la Dirección General de Protección a Mexicanos en el Exterior tener las estadísticas."));
        assertTrue(found.contains("sre-dgpme PARTICIPATES_IN sipc"), found.toString());
    }

    @Test
    void aBodyNamedAsTheChannelOfARecipientIsARecipientToo() throws Exception {
        Set<String> found = relations(
                read(
                        "- La AMEXCID, a través del Fondo de Cooperación México-Chile, ha considerado "
                                + "al Gobierno de México, a través del Instituto Nacional de Migración, para desarrollar un mecanismo."));
        assertTrue(found.contains("amexcid RUNS fondo-mexico-chile"), found.toString());
        assertFalse(found.contains("inm RUNS fondo-mexico-chile"), found.toString());
    }

    @Test
    void theUnitsAProgramIsCarriedOutInRunIt() throws Exception {
        Set<String> found =
                relations(read("- El contrato del PALE se instrumentó en las 50 Representaciones Consulares "
                        + "de México en Estados Unidos."));
        assertTrue(found.contains("consulados-de-mexico-en-estados-unidos RUNS pale"), found.toString());
    }

    @Test
    void namesSharingOneHeadNameEachBody() throws Exception {
        Set<String> found = relations(read("- El PRIM es operado por el INM, con el apoyo de los Consulados de México "
                + "en El Paso y Nueva Orleans."));
        assertTrue(found.contains("consulado-de-mexico-en-el-paso PARTICIPATES_IN prim"), found.toString());
        assertTrue(found.contains("consulado-de-mexico-en-nueva-orleans PARTICIPATES_IN prim"), found.toString());
    }

    @Test
    void aProgramNameReadInCapitalsIsOrdinaryWordsInLowerCase() {
        Entity captured = new Entity(
                EntityType.PROGRAM,
                "padron-electoral",
                "information-system",
                "Padrón Electoral",
                "",
                "",
                List.of(),
                "",
                "MEX",
                false);
        MentionFinder finder = new MentionFinder(List.of(captured));
        assertEquals(1, finder.find("la incorporación en el Padrón Electoral").size());
        assertEquals(0, finder.find("pueda registrarse en el padrón electoral").size());
    }
}
