package org.gcmkg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap in use just after a garbage collection while it listens: for each collection the JVM reports
 * (its collection notifications), the sum of the heap pools' usage after it, and at {@link #stop} once more after
 * a {@code System.gc()}. What a collection leaves is the live data plus what that collection did not reclaim
 * (a young collection leaves the old generation's garbage), so this is the heap the work needed, measured, and not
 * the sum of each pool's own peak, which adds peaks reached at different moments and counts garbage.
 */
final class HeapAfterGc implements NotificationListener, AutoCloseable {
    private final Set<String> heapPools = new HashSet<>();
    private final AtomicLong largest = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private boolean listening;

    /** Collects the garbage there is, then listens to every collection from now on. */
    static HeapAfterGc start() {
        System.gc();
        HeapAfterGc heap = new HeapAfterGc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap.heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(heap, null, null);
        }
        heap.listening = true;
        return heap;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool :
                info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        record(used);
        collections.incrementAndGet();
    }

    private void record(long used) {
        largest.accumulateAndGet(used, Math::max);
    }

    /**
     * Collects once more and stops listening; gives the largest heap in use after a collection, in MiB, the
     * last one included (what the work still holds at its end).
     */
    long stop() {
        System.gc();
        record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        close();
        return largest.get() >> 20;
    }

    /** How many collections were reported while it listened. */
    long collections() {
        return collections.get();
    }

    @Override
    public void close() {
        if (!listening) {
            return;
        }
        listening = false;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                // never added to this one
            }
        }
    }
}
