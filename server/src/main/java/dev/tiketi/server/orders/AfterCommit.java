package dev.tiketi.server.orders;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs Redis updates only once the database change they mirror has committed (never for a rollback). */
final class AfterCommit {
    private AfterCommit() {
    }

    static void run(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
