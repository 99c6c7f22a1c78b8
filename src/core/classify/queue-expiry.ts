// An MTA's own statement that it gave up because the message sat in its queue too long. The error
// of the last attempt printed beside it ("connection refused", "operation timed out") is only the
// history of the retries: the message failed because the queue lifetime ran out (Sisimai's Expired).
// Not qmail's "in the queue too long" nor Exim's "retry timeout exceeded": those follow the last
// attempt's own error, which the reference analyser (Sisimai) keeps as the cause.
// Lowercase, " ... " = parts in this order.
export const QUEUE_EXPIRY: readonly string[] = [
  // Sendmail.
  'could not be delivered for ... days',
  'your message could not be delivered for more than',
  'message expired after sitting in queue for',
  'was not reachable within the allowed queue period',
  // The sending MTA ran out of attempts rather than time (XMail's QueueUtils.cpp "The maximum number of
  // delivery attempts has been reached"): the same final word, counted in retries.
  'maximum number of delivery attempts',
  'maximum number of delivery retries',
  'maximum number of retries',
];
