import { truncationSuite } from '../../../tests/support/main/fuzz/store-matrix';

// Half 1 of "a 50-view store truncated at every byte" (see tests/support/main/fuzz/store-matrix.ts).
truncationSuite(0, 2);
