/** Shared by the benchmark servers: listen on a free local port, report it, stop on SIGTERM. */
import type { FastifyInstance } from 'fastify';

export const listenUntilStopped = async (
  app: FastifyInstance,
  onClose: () => Promise<void> = async () => {},
): Promise<void> => {
  const stop = async () => {
    await app.close();
    await onClose();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('No TCP address');
  process.stdout.write(`listening ${address.port}\n`);
};
