-- AlterTable
ALTER TABLE "organisations" ADD COLUMN     "founder_name" TEXT;
