/* Runs one command and reports its wall time and peak memory: the harness's stopwatch for processes.
 *
 * Usage: measure <command> [arguments...]; the command's output passes through, and the last line on
 * stderr is `measure: <wall nanoseconds> <peak resident KiB> <exit code>`.
 *
 * Why a separate C program: Linux counts a child's peak memory from the moment it is forked, when it
 * still shares the parent's pages, so a child of the harness (which holds a Wasmtime engine and its
 * compiled programs, 100 MiB) would report at least the harness's size. This process is about 1 MiB. */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: measure <command> [arguments...]\n");
        return 2;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t child = fork();
    if (child < 0) {
        perror("fork");
        return 2;
    }
    if (child == 0) {
        execvp(argv[1], argv + 1);
        perror("exec");
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    if (wait4(child, &status, 0, &usage) < 0) {
        perror("wait4");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    long long wall = (long long)(end.tv_sec - start.tv_sec) * 1000000000LL + (end.tv_nsec - start.tv_nsec);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    fprintf(stderr, "measure: %lld %ld %d\n", wall, usage.ru_maxrss, code);
    return 0;
}
