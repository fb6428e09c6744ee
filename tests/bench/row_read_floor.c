// What reading the Stage-1 benchmark's rows costs by itself (issue 15, quiet speed): the
// forward pass's eight 1024-long dot products per row (K = 4 heads on d, 4 router logits
// on psi) over N = 50,000 rows of float32 d and psi (410 MB), in row order and in the
// shuffled order training uses, on 1 and 2 threads. No gradient, no optimiser: a floor
// under compare_stage1.sh's epoch time. Built and run by row_read_floor.sh. The rows are
// stored once on 4 KB pages and once on 2 MB transparent huge pages, as the fitter's
// feature matrices are (core/data/rowstorage.h).
#include <immintrin.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

enum { N = 50000, D = 1024 };

static float dot(const float *a, const float *b)
{
    __m256 s0 = _mm256_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
    for (int j = 0; j < D; j += 32) {
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + j), _mm256_loadu_ps(b + j), s0);
        s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + j + 8), _mm256_loadu_ps(b + j + 8), s1);
        s2 = _mm256_fmadd_ps(_mm256_loadu_ps(a + j + 16), _mm256_loadu_ps(b + j + 16), s2);
        s3 = _mm256_fmadd_ps(_mm256_loadu_ps(a + j + 24), _mm256_loadu_ps(b + j + 24), s3);
    }
    float t[8];
    _mm256_storeu_ps(t, _mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
    return t[0] + t[1] + t[2] + t[3] + t[4] + t[5] + t[6] + t[7];
}

static float *rows(int huge)
{
    const size_t bytes = (size_t)N * D * 4, align = (size_t)2 << 20;
    float *p = aligned_alloc(huge ? align : 64, (bytes + align - 1) / align * align);
    if (huge) madvise(p, bytes & ~(align - 1), MADV_HUGEPAGE);
    return p;
}

static void run(int huge)
{
    float *d = rows(huge), *psi = rows(huge);
    static float w[8][D];
    for (size_t i = 0; i < (size_t)N * D; i++) {
        d[i] = (float)(i % 7) * 0.1f;
        psi[i] = (float)(i % 5) * 0.1f;
    }
    for (int k = 0; k < 8; k++)
        for (int j = 0; j < D; j++)
            w[k][j] = 0.01f * (float)k;
    int *order = malloc(N * sizeof(int));
    for (int i = 0; i < N; i++)
        order[i] = i;
    srand(1);
    for (int i = N - 1; i > 0; i--) {
        int j = rand() % (i + 1), t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    for (int threads = 1; threads <= 2; threads++)
        for (int shuffled = 0; shuffled <= 1; shuffled++) {
            double best = 1e9;
            for (int rep = 0; rep < 5; rep++) {
                double t0 = omp_get_wtime();
                float s = 0;
#pragma omp parallel for num_threads(threads) reduction(+ : s) schedule(static)
                for (int ii = 0; ii < N; ii++) {
                    const int i = shuffled ? order[ii] : ii;
                    if (shuffled && ii + 16 < N) // as the fitter: the next rows requested ahead
                        for (int j = 0; j < D; j += 16) {
                            __builtin_prefetch(d + (size_t)order[ii + 16] * D + j, 0, 2);
                            __builtin_prefetch(psi + (size_t)order[ii + 16] * D + j, 0, 2);
                        }
                    for (int k = 0; k < 4; k++)
                        s += dot(w[k], d + (size_t)i * D) + dot(w[k + 4], psi + (size_t)i * D);
                }
                const double dt = omp_get_wtime() - t0;
                if (dt < best) best = dt;
                if (s == 1.2345f) printf(" ");
            }
            printf("%s pages, %d thread%s, %s rows: %.4f s per pass (%.1f GB/s)\n", huge ? "2 MB" : "4 KB", threads,
                   threads > 1 ? "s" : "", shuffled ? "shuffled" : "in-order", best, 2.0 * N * D * 4 / best / 1e9);
        }
    free(d);
    free(psi);
    free(order);
}

int main(void)
{
    run(0);
    run(1);
    return 0;
}
