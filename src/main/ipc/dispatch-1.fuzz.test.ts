import { fuzzChannels } from '../../../tests/support/main/fuzz/channel-fuzz';

// Shard 1 of the IPC fuzz run (see fuzz/channel-fuzz.ts); the shards together cover every channel.
fuzzChannels(0);
