package se.utfall.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.utfall.problem.BadInput;

class InParallelTest {
    @Test
    void resultsComeInTheItemsOrderWhateverFinishesFirst() throws Exception {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> squares = InParallel.map(items, 3, i -> {
            threads.add(Thread.currentThread().getName());
            sleep(i % 2 == 0 ? 3 : 0);
            return i * i;
        });
        assertEquals(items.stream().map(i -> i * i).toList(), squares);
        assertEquals(3, threads.size(), "the work ran on the three threads asked for");
    }

    @Test
    void aBadInputFoundOnAWorkerIsThrownAsItWas() {
        BadInput bad = BadInput.of(Path.of("contracts/x/contract.yaml"), 3, "no such family");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> InParallel.map(List.of(1, 2, 3), 2, i -> {
            if (i == 2) {
                throw bad;
            }
            return i;
        }));
        assertSame(bad, thrown, "wrapped, it would be reported as an internal error instead of the user's mistake");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
