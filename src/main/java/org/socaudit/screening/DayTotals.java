package org.socaudit.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One supplier's payments per day, for spotting orders split into low-value payments: the number
 * and total of each day's payments, or that the day had one of at least the low value (it can never
 * look split). An open-addressing table keyed by epoch day, each day's count and total side by side
 * in one array, because a map of boxed dates cost several times the memory and most of the time of
 * reading a large ledger.
 */
final class DayTotals {

    /** A split day: at least two payments, each under the low value, together reaching it. */
    record Day(LocalDate date, int payments, long totalPence) {}

    /** A slot's first long is its epoch day (high half) and count (low half); the second its total. */
    private static final long EMPTY = Long.MIN_VALUE;

    /** The count of a day that had a payment of at least the low value. */
    private static final int PAID_IN_FULL = -1;

    private long[] slots = emptySlots(4);
    private int size;

    /** Adds a payment made on the given day, in a file whose low-value threshold is {@code low}. */
    void add(LocalDate date, long pence, long low) {
        add(epochDay(date), pence >= low ? PAID_IN_FULL : 1, pence);
    }

    /** Adds every day of another supplier's totals. */
    void addAll(DayTotals other) {
        for (int i = 0; i < other.slots.length; i += 2) {
            if (other.slots[i] != EMPTY) {
                add(day(other.slots[i]), count(other.slots[i]), other.slots[i + 1]);
            }
        }
    }

    /** The days that look split, most money first, then earliest. */
    List<Day> splitDays(long low) {
        List<Day> split = new ArrayList<>();
        for (int i = 0; i < slots.length; i += 2) {
            int count = count(slots[i]);
            if (slots[i] != EMPTY && count > 1 && slots[i + 1] >= low) {
                split.add(new Day(LocalDate.ofEpochDay(day(slots[i])), count, slots[i + 1]));
            }
        }
        split.sort((a, b) -> a.totalPence() != b.totalPence()
                ? Long.compare(b.totalPence(), a.totalPence())
                : a.date().compareTo(b.date()));
        return split;
    }

    private void add(int day, int count, long pence) {
        int slot = slot(slots, day);
        long key = slots[slot];
        if (key == EMPTY) {
            slots[slot] = pack(day, count);
            slots[slot + 1] = pence;
            if (++size * 3 > slots.length) {
                grow();
            }
        } else if (count == PAID_IN_FULL || count(key) == PAID_IN_FULL) {
            slots[slot] = pack(day, PAID_IN_FULL);
        } else {
            slots[slot] = pack(day, count(key) + count);
            slots[slot + 1] = Math.addExact(slots[slot + 1], pence);
        }
    }

    /** The index of the day's slot, or of the empty slot where it belongs. */
    private static int slot(long[] slots, int day) {
        int mask = slots.length / 2 - 1;
        int hash = day * 0x9E3779B9;
        int index = (hash ^ hash >>> 16) & mask;
        while (slots[2 * index] != EMPTY && day(slots[2 * index]) != day) {
            index = index + 1 & mask;
        }
        return 2 * index;
    }

    private void grow() {
        long[] old = slots;
        slots = emptySlots(old.length);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                int slot = slot(slots, day(old[i]));
                slots[slot] = old[i];
                slots[slot + 1] = old[i + 1];
            }
        }
    }

    private static long[] emptySlots(int days) {
        long[] slots = new long[2 * days];
        for (int i = 0; i < slots.length; i += 2) {
            slots[i] = EMPTY;
        }
        return slots;
    }

    private static long pack(int day, int count) {
        return (long) day << 32 | count & 0xFFFFFFFFL;
    }

    private static int day(long key) {
        return (int) (key >> 32);
    }

    private static int count(long key) {
        return (int) key;
    }

    /** Every date a reader produces (years 0 to 9999) has an epoch day well inside an int. */
    private static int epochDay(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }
}
