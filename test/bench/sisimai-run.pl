#!/usr/bin/perl
# Runs Debian's Sisimai (libsisimai-perl) over the files named on stdin, one per line.
# Prints one line per recipient: file, reason, status, reply code, recipient, action, softbounce (1 soft,
# 0 hard, -1 unknown); then "#elapsed <seconds> <files>".
use strict;
use warnings;
use Sisimai;
use Time::HiRes qw(time);

my @files = map { chomp; $_ } grep { /\S/ } <STDIN>;
my @out;
my $t0 = time;
for my $file (@files) {
    my $v = Sisimai->make($file, 'delivered' => 1) || [];
    for my $e (@$v) {
        push @out, join("\t", $file, $e->reason // '', $e->deliverystatus // '', $e->replycode // '',
            ($e->recipient ? $e->recipient->address : '') // '', $e->action // '', $e->softbounce // -1);
    }
}
my $elapsed = time - $t0;
print "$_\n" for @out;
printf "#elapsed %.6f %d\n", $elapsed, scalar @files;
