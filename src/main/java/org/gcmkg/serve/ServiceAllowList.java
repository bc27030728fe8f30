package org.gcmkg.serve;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Federation limited to an allow list. Jena has one switch for all of {@code SERVICE}; this adds a link at
 * the head of ARQ's service executor chain that refuses every endpoint not on the list before any request
 * leaves the server.
 */
public final class ServiceAllowList {
    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final List<String> allowed;

    public ServiceAllowList(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Whether {@code SERVICE <iri>} may be called. */
    public boolean allows(String iri) {
        for (String entry : allowed) {
            if (iri.equals(entry) || (entry.endsWith("/") && iri.startsWith(entry))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code SERVICE} is on at all. */
    public boolean isEmpty() {
        return allowed.isEmpty();
    }

    /** The refusal message for an endpoint. */
    public String refusal(Node service) {
        return "SERVICE " + (service.isURI() ? "<" + service.getURI() + ">" : service)
                + " is not allowed: this endpoint federates only with " + (allowed.isEmpty() ? "no endpoint" : allowed);
    }

    /** Installs the list into a query context (a dataset's, so that every query on it obeys). */
    public void install(Context context) {
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
        // a redirect could lead off the list: SERVICE calls exactly the endpoint it names
        context.set(ARQ.httpQueryClient, NO_REDIRECTS);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
            Node service = opExecute.getService();
            if (!service.isURI() || !allows(service.getURI())) {
                throw new QueryExecException(refusal(service));
            }
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }
}
