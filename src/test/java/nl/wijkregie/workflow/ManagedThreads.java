package nl.wijkregie.workflow;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.ExecutorService;

/**
 * The container's managed executor, as far as process delegates use it, for engine-level process tests outside the
 * container: the methods of a plain executor run on its thread, anything else is unsupported.
 */
public final class ManagedThreads {

    private ManagedThreads() {
    }

    public static ManagedExecutorService backedBy(ExecutorService threads) {
        return (ManagedExecutorService) Proxy.newProxyInstance(ManagedThreads.class.getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (!method.getDeclaringClass().isInstance(threads)) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    try {
                        return method.invoke(threads, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
