package org.gcmkg.store;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsResults;

/**
 * The statistics TDB2's basic graph pattern optimizer reads, written when a database is loaded: how many triples
 * use each predicate and how many resources each class has, counted over the union graph that queries see
 * (every triple is in a named graph). This is the file {@code tdb2.tdbstats} writes, {@code stats.opt} in the
 * database's {@code Data-NNNN} folder; TDB2 reads it when the database is opened, and orders the triple
 * patterns of each query by it instead of by their shape alone. The data change only with a rebuild, so the
 * counts stay true for the database's life.
 */
final class OptimizerStatistics {
    private OptimizerStatistics() {}

    /** Counts the loaded database's union graph and writes the file; TDB2 reads it when the database is next opened. */
    static Path write(DatasetGraph tdb) {
        StatsResults stats = Txn.calculateRead(tdb, () -> TdbAccess.unionStatistics(tdb));
        Path file = TdbAccess.statisticsFile(tdb);
        Stats.write(file.toString(), stats);
        return file;
    }
}
