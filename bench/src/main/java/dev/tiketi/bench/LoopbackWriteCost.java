package dev.tiketi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * What one small socket write costs the writing thread on this machine, with nothing of the server around it:
 * {@code connections} loopback sockets, all read by one selector thread (as the bench's subscribers are), and
 * one thread writing {@code bytes} to each in turn, {@code rounds} times, pausing {@code pauseMillis} between
 * rounds (as broadcasts arrive). The writer's CPU per write is the floor of a fan-out that writes once per
 * delivery (decision 0026). Run: {@code java -cp bench/target/tiketi-bench.jar dev.tiketi.bench.LoopbackWriteCost
 * 1000 50 300 20}.
 */
public final class LoopbackWriteCost {
    private LoopbackWriteCost() {
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int bytes = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        long pauseMillis = args.length > 3 ? Long.parseLong(args[3]) : 20;
        List<SocketChannel> out = new ArrayList<>();
        Selector readers = Selector.open();
        try (ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
            for (int i = 0; i < connections; i++) {
                SocketChannel in = SocketChannel.open(server.getLocalAddress());
                out.add(server.accept());
                in.configureBlocking(false);
                in.register(readers, SelectionKey.OP_READ);
            }
        }
        Thread reader = new Thread(() -> read(readers), "reader");
        reader.setDaemon(true);
        reader.start();
        byte[] payload = new byte[bytes];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String pass : new String[] {"warm-up", "measured"}) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long user0 = threads.getCurrentThreadUserTime();
            for (int r = 0; r < rounds; r++) {
                for (SocketChannel s : out) {
                    ByteBuffer b = ByteBuffer.wrap(payload);
                    while (b.hasRemaining()) {
                        s.write(b);
                    }
                }
                Thread.sleep(pauseMillis); // the pace of broadcasts, not a wait for an outcome
            }
            long writes = (long) rounds * connections;
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            long user = threads.getCurrentThreadUserTime() - user0;
            System.out.printf("%s: %,d writes of %d bytes to %,d connections: writer CPU %.2f µs per write (user %.2f, kernel %.2f)%n",
                    pass, writes, bytes, connections, cpu / 1e3 / writes, user / 1e3 / writes, (cpu - user) / 1e3 / writes);
        }
        System.exit(0);
    }

    private static void read(Selector readers) {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        try {
            while (true) {
                readers.select();
                for (SelectionKey k : readers.selectedKeys()) {
                    buf.clear();
                    ((SocketChannel) k.channel()).read(buf);
                }
                readers.selectedKeys().clear();
            }
        } catch (java.io.IOException e) {
            // the process is ending
        }
    }
}
