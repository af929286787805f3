package dev.tiketi.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/** A load run with what it cost the server per request (every request sent, answered or not). */
record Measured(Load.Result result, Meters.Cost cost) {

    static Measured closed(ServerProcess server, int workers, double seconds, IntFunction<Http.Res> call) throws Exception {
        Meters before = server.meters();
        Load.Result r = Load.closedLoop(workers, seconds, call);
        return new Measured(r, server.meters().since(before, r.ok() + r.errors()));
    }

    static Measured open(ServerProcess server, double perSecond, double seconds, IntFunction<CompletableFuture<Http.Res>> call)
            throws Exception {
        Meters before = server.meters();
        Load.Result r = Load.openLoop(perSecond, seconds, call);
        return new Measured(r, server.meters().since(before, r.ok() + r.errors()));
    }
}
