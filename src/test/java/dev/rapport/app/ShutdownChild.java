package dev.rapport.app;

import dev.rapport.domain.Account;
import java.nio.file.Path;
import java.time.Clock;

/** A JVM with an open data folder, as the window holds it, waiting to be told to stop (SIGTERM). */
public final class ShutdownChild {
    private ShutdownChild() {
    }

    public static void main(String[] args) throws Exception {
        AppContext context = AppContext.open(Path.of(args[0]), Clock.systemUTC());
        context.backUpAndCloseOnShutdown();
        context.accounts().save(Account.named("深圳市前海微众科技"));
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
