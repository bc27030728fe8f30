package org.gcmkg.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gcmkg.network.ObjectiveMatrix;

/** The objective × organization matrix as CSV: one row per organization, one column per objective. */
public final class MatrixExporter {
    private MatrixExporter() {}

    /** The objective × organization matrix as CSV: one row per organization, one column per objective. */
    public static void csv(List<ObjectiveMatrix.Row> rows, SortedSet<Integer> columns, Appendable out)
            throws IOException {
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            List<String> header = new ArrayList<>(List.of("id", "iri", "kind", "label", "label_en", "objectives"));
            columns.forEach(n -> header.add("objective_" + n));
            csv.printRecord(header);
            for (ObjectiveMatrix.Row r : rows) {
                List<Object> record = new ArrayList<>(List.of(
                        r.organization().id(),
                        r.organization().iri(),
                        r.organization().kind().key(),
                        r.organization().labelEs(),
                        r.organization().labelEn(),
                        r.objectives()));
                columns.forEach(n -> record.add(r.count(n)));
                csv.printRecord(record);
            }
        }
    }
}
