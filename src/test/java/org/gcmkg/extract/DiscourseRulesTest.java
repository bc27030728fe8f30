package org.gcmkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gcmkg.report.ReportText;
import org.gcmkg.segment.Segmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relation and figure rules of docs/report-format.md, each on a one-action report written for it with the
 * project's gazetteer (Mexican agencies, a made-up program name where the rule is about names).
 */
class DiscourseRulesTest {
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() throws Exception {
        gazetteer = Gazetteer.load(Path.of("data"));
    }

    /** The extraction of a report whose objective 1 has the given action and every other one a short one. */
    static ReportExtraction read(String action) throws Exception {
        StringBuilder r =
                new StringBuilder("Informe de acciones del gobierno de México.\n\n7 de septiembre de 2018\n\n");
        for (int n = 1; n <= 23; n++) {
            r.append("Objetivo ")
                    .append(n)
                    .append(". Título del objetivo ")
                    .append(n)
                    .append(".\n\n");
            r.append(n == 1 ? action : "- Se realizaron reuniones de trabajo.").append("\n\n");
        }
        byte[] bytes = r.toString().getBytes(StandardCharsets.UTF_8);
        return new Extractor(gazetteer).extract(Segmenter.segment(ReportText.fromBytes("rules.md", bytes)));
    }

    static Set<String> relations(ReportExtraction x) {
        Set<String> found = new TreeSet<>();
        x.relations()
                .forEach(r -> found.add(
                        r.subject().id() + " " + r.kind() + " " + r.object().id()));
        return found;
    }

    static List<FigureFact> figures(ReportExtraction x) {
        return x.passages().stream().flatMap(p -> p.figures().stream()).toList();
    }

    @Test
    void consulatesWhereAServiceIsPlacedDoNotRunIt() throws Exception {
        Set<String> found = relations(read("- Existen 51 Ventanillas de Salud que operan en 49 consulados de México "
                + "en Estados Unidos. Se encuentran ubicadas en las salas de espera de los Consulados de México en "
                + "Estados Unidos."));
        assertTrue(found.stream().noneMatch(r -> r.contains(" RUNS ventanillas-de-salud")), found.toString());
    }

    @Test
    void anAgencyWorkingAlongsideAProgramTakesPartInTheSubjectProgram() throws Exception {
        Set<String> found = relations(read("- Todas las actividades de la SBS se realizan en coordinación con la "
                + "Ventanilla de Salud (VDS), y en colaboración con la Secretaría de Salud."));
        assertTrue(found.contains("salud PARTICIPATES_IN sbs"), found.toString());
        assertFalse(found.contains("salud PARTICIPATES_IN ventanillas-de-salud"), found.toString());
    }

    @Test
    void anAgencyListedWithAProgramDoesNotRunIt() throws Exception {
        Set<String> found = relations(read("- Esto se hace a través de la Unidad de Investigación de Delitos para "
                + "Personas Migrantes y el Mecanismo de Apoyo Exterior Mexicano de Búsqueda e Investigación."));
        assertTrue(
                found.stream()
                        .noneMatch(r -> (r.endsWith("mecanismo-apoyo-exterior") && r.contains("RUNS"))
                                || (r.endsWith("mecanismo-apoyo-exterior") && r.contains("PARTICIPATES"))),
                found.toString());
    }

    @Test
    void anActorNamedLaterWithItsOwnProgramDoesNotCarryToTheNextSentences() throws Exception {
        Set<String> found = relations(read("- Con este mismo fin, se utiliza la Ventanilla Virtual de Salud Mental "
                + "(VVSM). En 2014, la Embajada de México en Irlanda inició esta plataforma. Además se cuenta con "
                + "Plazas Comunitarias."));
        assertTrue(found.contains("embajada-de-mexico-en-irlanda RUNS vvsm"), found.toString());
        assertFalse(found.contains("embajada-de-mexico-en-irlanda RUNS plazas-comunitarias"), found.toString());
    }

    @Test
    void theActorOfALinesFirstSentenceCarriesOn() throws Exception {
        Set<String> found = relations(read("- La Secretaría de Relaciones Exteriores opera el Sistema Integral de "
                + "Protección Consular (SIPC). También se ha puesto en marcha el Programa de Fondos Consulares "
                + "Ficticios."));
        assertTrue(found.contains("sre RUNS programa-de-fondos-consulares-ficticios"), found.toString());
    }

    @Test
    void aBodyNamedInsideAProgramsNameIsNotTheSentencesActor() throws Exception {
        Set<String> found = relations(read("- También se cuenta con el Programa IME Becas y existen programas de "
                + "Certificación de Competencias Laborales."));
        assertTrue(found.contains("ime RUNS ime-becas"), found.toString());
        assertTrue(found.stream().noneMatch(r -> r.startsWith("ime RUNS certificacion")), found.toString());
    }

    @Test
    void anAgencyInTheComplementOfANounActsOnNothingTheSentenceNames() throws Exception {
        Set<String> found = relations(read("- Se cuenta con el Programa IME Becas, con el acuerdo 286 de la "
                + "Secretaría de Educación Pública que flexibiliza los trámites."));
        assertTrue(found.stream().noneMatch(r -> r.startsWith("sep ")), found.toString());
    }

    @Test
    void aFigureInAnotherClauseIsNotAboutTheProgramNamedAfterIt() throws Exception {
        ReportExtraction x =
                read("- Se cuenta con un Micrositio de Educación Financiera para mexicanos y mexicanas en el "
                        + "Exterior. En lo que va del año ha recibido 11,709 visitas, asimismo, se llevó a cabo la Semana de "
                        + "Educación Financiera.");
        FigureFact visits = figures(x).get(0);
        assertEquals(
                Optional.of("micrositio-educacion-financiera"), visits.program().map(Entity::id));
        assertEquals(Optional.of("2018"), visits.period().flatMap(Period::start));
        assertEquals(Optional.of("2018-09-07"), visits.period().flatMap(Period::asOf));
    }

    @Test
    void aFigureIsNotAboutAProgramNamedInParentheses() throws Exception {
        ReportExtraction x = read("- En junio de 2013 se dio inicio la *Atención a la Salud de los Migrantes*, a "
                + "través de 9 puntos de atención (Unidades Médicas Rurales del Programa IMSS PROSPERA). En 2017 se "
                + "atendieron 30,841 personas migrantes.");
        for (FigureFact f : figures(x)) {
            assertEquals(
                    Optional.of("atencion-salud-migrantes"),
                    f.program().map(Entity::id),
                    f.figure().text());
        }
    }

    @Test
    void aPeriodSinceALaunchStartsAtTheLaunchDate() throws Exception {
        ReportExtraction x = read("- En mayo de 2018 se puso en marcha la nueva versión de la Guía del Viajero. "
                + "Desde su lanzamiento y hasta el 30 de junio del 2018, se registraron 3,339 descargas.");
        Period p = figures(x).get(0).period().orElseThrow();
        assertEquals(Optional.of("2018-05"), p.start());
        assertEquals(Optional.of("2018-06-30"), p.end());
    }

    @Test
    void quotedWordsInLowerCaseAreNoName() throws Exception {
        ReportExtraction x = read("- Se imparten los Talleres “Conoce tu Ficción”. Se hizo la promoción de la "
                + "conoce tu ficción en 200 eventos.");
        FigureFact events = figures(x).get(0);
        assertEquals(
                Optional.of("talleres-conoce-tu-ficcion"),
                events.program().map(Entity::id),
                "the figure takes the line's one program, not a lower-case mention");
        assertEquals(
                1,
                x.passages().stream()
                        .flatMap(p -> p.mentions().stream())
                        .filter(m -> m.entity().id().equals("talleres-conoce-tu-ficcion"))
                        .count());
    }

    @Test
    void aClauseThatNamesNoProgramIsAboutTheSentencesFirst() throws Exception {
        ReportExtraction x = read("- Durante el último Proceso Electoral 2017-2018, la Lista Nominal de Electores "
                + "Residentes en el Extranjero estuvo conformada por 181,873 registros, y se recibieron 98,470 votos.");
        List<FigureFact> found = figures(x);
        assertEquals(
                Optional.of("lista-nominal-de-electores-residentes-en-el-extranjero"),
                found.get(0).program().map(Entity::id));
        assertEquals(
                Optional.of("proceso-electoral-2017-2018"),
                found.get(1).program().map(Entity::id));
    }

    @Test
    void aParagraphCarryingOnTheActionIsAboutTheHeadsFirstProgram() throws Exception {
        ReportExtraction x = read("- En 2017 iniciaron operaciones los *Centros de Defensoría*. Entre sus "
                + "actividades se encuentran los Talleres “Conoce tu Ficción”.\n\nProporcionar información. Se han "
                + "realizado 1,099 talleres.");
        assertEquals(
                Optional.of("centros-de-defensoria"),
                figures(x).get(0).program().map(Entity::id));
    }

    @Test
    void aGenericAnaphorFollowedByItsPurposeStillRefersBack() throws Exception {
        ReportExtraction x = read("- Asimismo se cuenta con *Mexitel*, un centro de llamadas para citas. Informa los "
                + "requisitos para la obtención de pasaporte, matrícula consular y visas. Actualmente 148 Oficinas "
                + "Consulares operan con esta plataforma para administrar los flujos de personas.");
        assertEquals(Optional.of("mexitel"), figures(x).get(0).program().map(Entity::id));
    }

    @Test
    void aSubjectCarriedFromAListBringsEveryOrganizationOfTheList() throws Exception {
        Set<String> found = relations(read("- Las oficinas centrales de la Liga Antidifamación (ADL), la Dirección "
                + "General de Protección a Mexicanos en el Exterior y la Embajada de México en Estados Unidos han "
                + "mantenido un diálogo permanente. En 2017, firmaron un Memorándum de Entendimiento en Materia de "
                + "Asistencia a Nacionales Mexicanos Víctimas de Discriminación."));
        String memo = found.stream()
                .filter(r -> r.startsWith("sre-dgpme RUNS "))
                .findFirst()
                .orElseThrow()
                .substring("sre-dgpme RUNS ".length());
        assertTrue(found.contains("embajada-de-mexico-en-estados-unidos PARTICIPATES_IN " + memo), found.toString());
        assertTrue(found.contains(memo + " CARRIED_OUT_WITH adl"), found.toString());
    }

    @Test
    void anOrganizationNamedAsTheFrameOrAsAStatesGroupInAnAgreementsNameIsNoParty() throws Exception {
        Set<String> found = relations(read("- En el marco de la Alianza del Pacífico, se suscribió el acuerdo para "
                + "desarrollar un *E-Book sobre Delitos asociados a temas migratorios*. En 2014 entró en vigor el "
                + "Acuerdo Interinstitucional entre los Ministerios de Relaciones Exteriores de los Estados parte de "
                + "la Alianza del Pacífico para el Establecimiento de Medidas de Cooperación en Materia de Asistencia "
                + "Consular."));
        assertTrue(found.stream().noneMatch(r -> r.contains("alianza-del-pacifico")), found.toString());
    }

    @Test
    void anOrganizationThatRunsAProgramDoesNotAlsoTakePartInIt() throws Exception {
        Set<String> found = relations(read("- El INM opera el Programa Paisano en colaboración con el INM."));
        assertTrue(found.contains("inm RUNS programa-paisano"), found.toString());
        assertFalse(found.contains("inm PARTICIPATES_IN programa-paisano"), found.toString());
    }
}
