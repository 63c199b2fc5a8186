// xunit's default of one test per core leaves the cores idle while the browser collections wait on Chromium and their
// apps (other processes): with three browser collections holding three slots, the fourth runs the logic tests beside them.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
