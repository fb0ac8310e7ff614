import { truncationSuite } from '../ipc/fuzz/store-matrix';

// Half 1 of "a 50-view store truncated at every byte" (see ipc/fuzz/store-matrix.ts).
truncationSuite(0, 2);
