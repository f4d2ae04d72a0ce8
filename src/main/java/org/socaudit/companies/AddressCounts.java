package org.socaudit.companies;

/**
 * How many companies are registered at each address, for every address in a register of millions:
 * an open-addressing table of 64-bit address hashes and counts, about 12 bytes an address and no
 * object per entry. Two addresses whose hashes collide would be counted together; with 64-bit hashes
 * and a few million addresses that is about one chance in a million per run, and it could only
 * make an address look busier than it is.
 */
final class AddressCounts {

    private static final double LOAD = 0.6;

    private long[] keys;
    private int[] counts;
    private int size;

    AddressCounts() {
        this(1 << 16);
    }

    AddressCounts(int capacity) {
        int slots = Integer.highestOneBit(Math.max(16, capacity) - 1) << 1;
        keys = new long[slots];
        counts = new int[slots];
    }

    /** Counts one more company at the address with this hash. */
    void add(long hash) {
        long key = hash == 0 ? 1 : hash;
        int slot = find(keys, key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            size++;
            if (size > keys.length * LOAD) {
                counts[slot] = 1;
                grow();
                return;
            }
        }
        counts[slot]++;
    }

    /** How many companies were counted at the address with this hash. */
    int count(long hash) {
        long key = hash == 0 ? 1 : hash;
        int slot = find(keys, key);
        return keys[slot] == 0 ? 0 : counts[slot];
    }

    /** How many distinct addresses were counted. */
    int size() {
        return size;
    }

    private static int find(long[] keys, long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = find(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    /** Spreads a hash's bits (the finaliser of MurmurHash3), so that nearby hashes do not cluster. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93e3dea53d5L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * The hash of an address: its postcode and first line, letters and digits only, upper case, so
     * that "Unit 3, 1 High St" and "UNIT 3 1 HIGH ST" are the same address. 64-bit FNV-1a.
     */
    static long hash(String line1, String postcode) {
        long h = 0xcbf29ce484222325L;
        h = fold(h, postcode);
        h ^= '|';
        h *= 0x100000001b3L;
        return fold(h, line1);
    }

    private static long fold(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            } else if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c > 0x7f)) {
                continue;
            }
            h ^= c;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
