// Martin Richards's simulation of an operating system's task scheduler: virtual dispatch, linked queues.
public class Richards {
    static final int ID_IDLE = 0;
    static final int ID_WORKER = 1;
    static final int ID_HANDLER_A = 2;
    static final int ID_HANDLER_B = 3;
    static final int ID_DEVICE_A = 4;
    static final int ID_DEVICE_B = 5;
    static final int NUMBER_OF_IDS = 6;
    static final int KIND_DEVICE = 0;
    static final int KIND_WORK = 1;
    static final int DATA_SIZE = 4;

    static final int STATE_RUNNING = 0;
    static final int STATE_RUNNABLE = 1;
    static final int STATE_SUSPENDED = 2;
    static final int STATE_HELD = 4;
    static final int STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE;
    static final int STATE_NOT_HELD = ~STATE_HELD;

    static final class Packet {
        Packet link;
        int id;
        int kind;
        int a1;
        int[] a2 = new int[DATA_SIZE];

        Packet(Packet link, int id, int kind) {
            this.link = link;
            this.id = id;
            this.kind = kind;
        }

        // Appends this packet to the end of a queue and returns the queue's head.
        Packet addTo(Packet queue) {
            link = null;
            if (queue == null) return this;
            Packet last = queue;
            while (last.link != null) last = last.link;
            last.link = this;
            return queue;
        }
    }

    abstract static class Task {
        final Scheduler scheduler;
        Task(Scheduler scheduler) { this.scheduler = scheduler; }
        abstract TaskControlBlock run(Packet packet);
    }

    static final class TaskControlBlock {
        final TaskControlBlock link;
        final int id;
        final int priority;
        Packet queue;
        final Task task;
        int state;

        TaskControlBlock(TaskControlBlock link, int id, int priority, Packet queue, Task task) {
            this.link = link;
            this.id = id;
            this.priority = priority;
            this.queue = queue;
            this.task = task;
            state = queue == null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
        }

        void setRunning() { state = STATE_RUNNING; }
        void markAsNotHeld() { state = state & STATE_NOT_HELD; }
        void markAsHeld() { state = state | STATE_HELD; }
        void markAsSuspended() { state = state | STATE_SUSPENDED; }
        void markAsRunnable() { state = state | STATE_RUNNABLE; }
        boolean isHeldOrSuspended() { return (state & STATE_HELD) != 0 || state == STATE_SUSPENDED; }

        TaskControlBlock run() {
            Packet packet = null;
            if (state == STATE_SUSPENDED_RUNNABLE) {
                packet = queue;
                queue = packet.link;
                state = queue == null ? STATE_RUNNING : STATE_RUNNABLE;
            }
            return task.run(packet);
        }

        TaskControlBlock checkPriorityAdd(TaskControlBlock current, Packet packet) {
            if (queue == null) {
                queue = packet;
                markAsRunnable();
                if (priority > current.priority) return this;
            } else {
                queue = packet.addTo(queue);
            }
            return current;
        }
    }

    static final class Scheduler {
        int queueCount;
        int holdCount;
        final TaskControlBlock[] blocks = new TaskControlBlock[NUMBER_OF_IDS];
        TaskControlBlock list;
        TaskControlBlock current;
        int currentId;

        void addTask(int id, int priority, Packet queue, Task task) {
            current = new TaskControlBlock(list, id, priority, queue, task);
            list = current;
            blocks[id] = current;
        }

        void schedule() {
            current = list;
            while (current != null) {
                if (current.isHeldOrSuspended()) {
                    current = current.link;
                } else {
                    currentId = current.id;
                    current = current.run();
                }
            }
        }

        TaskControlBlock release(int id) {
            TaskControlBlock block = blocks[id];
            if (block == null) return null;
            block.markAsNotHeld();
            return block.priority > current.priority ? block : current;
        }

        TaskControlBlock holdCurrent() {
            holdCount++;
            current.markAsHeld();
            return current.link;
        }

        TaskControlBlock suspendCurrent() {
            current.markAsSuspended();
            return current;
        }

        TaskControlBlock queue(Packet packet) {
            TaskControlBlock target = blocks[packet.id];
            if (target == null) return null;
            queueCount++;
            packet.link = null;
            packet.id = currentId;
            return target.checkPriorityAdd(current, packet);
        }
    }

    static final class IdleTask extends Task {
        int v1;
        int count;
        IdleTask(Scheduler scheduler, int v1, int count) {
            super(scheduler);
            this.v1 = v1;
            this.count = count;
        }

        TaskControlBlock run(Packet packet) {
            count--;
            if (count == 0) return scheduler.holdCurrent();
            if ((v1 & 1) == 0) {
                v1 = v1 >> 1;
                return scheduler.release(ID_DEVICE_A);
            }
            v1 = (v1 >> 1) ^ 0xD008;
            return scheduler.release(ID_DEVICE_B);
        }
    }

    static final class DeviceTask extends Task {
        Packet pending;
        DeviceTask(Scheduler scheduler) { super(scheduler); }

        TaskControlBlock run(Packet packet) {
            if (packet == null) {
                if (pending == null) return scheduler.suspendCurrent();
                Packet sent = pending;
                pending = null;
                return scheduler.queue(sent);
            }
            pending = packet;
            return scheduler.holdCurrent();
        }
    }

    static final class WorkerTask extends Task {
        int destination;
        int count;
        WorkerTask(Scheduler scheduler, int destination, int count) {
            super(scheduler);
            this.destination = destination;
            this.count = count;
        }

        TaskControlBlock run(Packet packet) {
            if (packet == null) return scheduler.suspendCurrent();
            destination = destination == ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
            packet.id = destination;
            packet.a1 = 0;
            for (int i = 0; i < DATA_SIZE; i++) {
                count++;
                if (count > 26) count = 1;
                packet.a2[i] = count;
            }
            return scheduler.queue(packet);
        }
    }

    static final class HandlerTask extends Task {
        Packet work;
        Packet devices;
        HandlerTask(Scheduler scheduler) { super(scheduler); }

        TaskControlBlock run(Packet packet) {
            if (packet != null) {
                if (packet.kind == KIND_WORK) work = packet.addTo(work);
                else devices = packet.addTo(devices);
            }
            if (work != null) {
                int count = work.a1;
                if (count < DATA_SIZE) {
                    if (devices != null) {
                        Packet device = devices;
                        devices = devices.link;
                        device.a1 = work.a2[count];
                        work.a1 = count + 1;
                        return scheduler.queue(device);
                    }
                } else {
                    Packet done = work;
                    work = work.link;
                    return scheduler.queue(done);
                }
            }
            return scheduler.suspendCurrent();
        }
    }

    static Scheduler simulate(int count) {
        Scheduler scheduler = new Scheduler();
        scheduler.addTask(ID_IDLE, 0, null, new IdleTask(scheduler, 1, count));
        scheduler.current.setRunning();
        Packet queue = new Packet(null, ID_WORKER, KIND_WORK);
        queue = new Packet(queue, ID_WORKER, KIND_WORK);
        scheduler.addTask(ID_WORKER, 1000, queue, new WorkerTask(scheduler, ID_HANDLER_A, 0));
        queue = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
        queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
        queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
        scheduler.addTask(ID_HANDLER_A, 2000, queue, new HandlerTask(scheduler));
        queue = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
        queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
        queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
        scheduler.addTask(ID_HANDLER_B, 3000, queue, new HandlerTask(scheduler));
        scheduler.addTask(ID_DEVICE_A, 4000, null, new DeviceTask(scheduler));
        scheduler.addTask(ID_DEVICE_B, 5000, null, new DeviceTask(scheduler));
        scheduler.schedule();
        return scheduler;
    }

    static String run() {
        long queued = 0;
        long held = 0;
        for (int round = 0; round < 250; round++) {
            Scheduler scheduler = simulate(1000);
            queued += scheduler.queueCount;
            held += scheduler.holdCount;
        }
        Scheduler small = simulate(10);
        return "queued " + queued + ", held " + held + "; small run " + small.queueCount + "/" + small.holdCount;
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        String result = "";
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            result = run();
            long elapsed = System.nanoTime() - start;
            if (args.length > 0) System.err.println("iteration " + elapsed);
        }
        System.out.println("richards: " + result);
    }
}
