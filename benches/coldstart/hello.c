/* Native code's side of the cold-start comparison (gcc -O2): the floor any runtime is measured against. */
#include <stdio.h>

int main(void) {
    puts("Hello, World!");
    return 0;
}
